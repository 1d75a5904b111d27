import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folioBin } from '../../support/cli';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
/** Root ignores file modes, so as root the CLI runs as `nobody` to meet a read-only folder for real. */
const asUser = process.getuid?.() === 0 ? { uid: 65_534, gid: 65_534 } : {};
const locked: string[] = [];
afterEach(() => {
  for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
});

function folioAs(args: string[]) {
  const result = spawnSync(process.execPath, [folioBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: '/tmp' },
    ...asUser,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A seeded library whose files can no longer be written; with 'folder', its folder neither. */
async function readOnlyLibrary(what: 'folder' | 'file' = 'folder'): Promise<string> {
  const dir = tempDir();
  const service = await openTestService(dir);
  await service.close();
  for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o555);
  if (what === 'folder') chmodSync(dir, 0o555);
  else if (asUser.uid !== undefined) chownSync(dir, asUser.uid, asUser.gid);
  locked.push(dir);
  return dir;
}

describe('a read-only library', () => {
  it.each([
    ['folder and file', 'folder'],
    ['file (in a writable folder)', 'file'],
  ] as const)(
    '(read-only %s) answers reads, suggestions included, and refuses changes with READ_ONLY, never INTERNAL',
    async (_label, what) => {
      const dir = await readOnlyLibrary(what);
      const child = path.join(__dirname, 'read-only-child.ts');
      const boot = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(child)});`;
      const result = spawnSync(process.execPath, ['-e', boot, '--', dir], {
        encoding: 'utf8',
        env: { ...process.env, HOME: '/tmp' },
        ...asUser,
      });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({
        readOnly: true,
        suggest: 'ok',
        search: 'ok',
        getSynonyms: 'ok',
        setSynonyms: 'READ_ONLY',
        startImport: 'READ_ONLY',
      });
    },
  );

  it('still answers searches', async () => {
    const dir = await readOnlyLibrary();
    const run = folioAs(['search', 'API key', '--json', '--data', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).hits.length).toBeGreaterThan(0);
  });

  it('refuses an import with a READ_ONLY message instead of failing to start', async () => {
    const dir = await readOnlyLibrary();
    const file = path.join(tempDir(), 'note.md');
    writeFileSync(file, '# A note\n\nSome text.\n');
    chmodSync(path.dirname(file), 0o755);
    const run = folioAs(['import', file, '--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`folio: The library in ${dir} is read-only: it cannot be changed.\n`);
  });
});
