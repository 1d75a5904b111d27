import { describe, expect, it } from 'vitest';
import { formatGroups, parseGroups } from '../../../renderer/src/synonyms/synonym-text';

describe('synonym editor text', () => {
  it('reads one group per line with Latin or Chinese commas', () => {
    expect(parseGroups('央行，中国人民银行\nAML, 反洗钱、anti-money laundering')).toEqual({
      groups: [
        ['央行', '中国人民银行'],
        ['AML', '反洗钱', 'anti-money laundering'],
      ],
      errors: [],
    });
  });
  it('reports a group of one term with its line number', () => {
    expect(parseGroups('a, b\n\nlonely').errors).toEqual(['Line 3: a group needs at least two terms']);
  });
  it('writes groups back as the editor shows them', () => {
    expect(formatGroups([['429', 'too many requests']])).toBe('429, too many requests');
  });
});
