import { describe, expect, test } from 'vitest';
import { filterCommands, matchScore } from '../../../renderer/src/palette/match';
import { type PaletteCommand, registerCommands, registeredCommands } from '../../../renderer/src/palette/registry';

const command = (id: string, label: string, group: PaletteCommand['group'] = 'command', keywords?: string) => ({
  id,
  label,
  group,
  keywords,
  run: () => undefined,
});

describe('palette matching', () => {
  test('an empty needle matches everything', () => {
    expect(matchScore('', 'anything')).toBe(0);
  });
  test('a substring beats a scattered match', () => {
    expect(matchScore('dark', 'Toggle dark theme') > matchScore('dkt', 'Toggle dark theme')).toBe(true);
  });
  test('letters out of order do not match', () => {
    expect(matchScore('krad', 'dark')).toBe(-1);
  });
  test('case and full-width forms fold', () => {
    expect(matchScore('ＤＡＲＫ', 'dark')).toBeGreaterThan(0);
  });
  test('Chinese titles match by substring', () => {
    expect(
      filterCommands([command('a', '中国人民银行法', 'document'), command('b', '反洗钱法', 'document')], '洗钱').map(
        (c) => c.id,
      ),
    ).toEqual(['b']);
  });
  test('keywords match too', () => {
    expect(filterCommands([command('t', 'Toggle theme', 'command', '深色 dark')], '深色').map((c) => c.id)).toEqual([
      't',
    ]);
  });
  test('equal scores keep commands before clauses before documents', () => {
    const list = [command('d', 'Open x', 'document'), command('c', 'Open x', 'clause'), command('k', 'Open x')];
    expect(filterCommands(list, '').map((c) => c.id)).toEqual(['k', 'c', 'd']);
  });
});

describe('registering commands (for reader-law’s "jump to clause")', () => {
  test('registered commands are listed until removed', () => {
    const remove = registerCommands(() => [command('clause.12', '第十二条', 'clause')]);
    const during = registeredCommands().map((c) => c.id);
    remove();
    expect([during, registeredCommands().map((c) => c.id)]).toEqual([['clause.12'], []]);
  });
});
