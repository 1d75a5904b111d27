import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SymbolMatcher } from '../../../electron/core/notes/anchor/symbol-matcher';

/** Letters for generated texts: a few CJK characters (look-alikes everywhere), Latin and spaces. */
const letters = [...'的法条款机构应当金融支付报告ab c', '\u{20000}'];

const textOf = (minLength: number, maxLength: number) =>
  fc.array(fc.constantFrom(...letters), { minLength, maxLength, size: 'max' }).map((chars) => chars.join(''));

/** A pattern cut from the text, then edited: substitutions, deletions and insertions. */
const cases = fc
  .tuple(
    textOf(1, 1_500),
    fc.nat(),
    fc.integer({ min: 1, max: 100 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.constantFrom(...letters, '外')), { maxLength: 20 }),
    fc.double({ min: 0, max: 0.6, noNaN: true }),
  )
  .map(([text, from, length, edits, errorShare]) => {
    const start = from % text.length;
    const chars = text.slice(start, start + length).split('');
    for (const [kind, where, letter] of edits) {
      const at = where % Math.max(1, chars.length);
      if (kind === 0) chars[at] = letter;
      else if (kind === 1) chars.splice(at, 1);
      else chars.splice(at, 0, letter);
    }
    const pattern = chars.join('');
    return { text, pattern, maxErrors: Math.floor(pattern.length * errorShare) };
  });

describe('SymbolMatcher', () => {
  it('reports what approx-string-match reports on the same text: starts, ends and errors', () => {
    fc.assert(
      fc.property(cases, ({ text, pattern, maxErrors }) => {
        expect(new SymbolMatcher(text).closest(pattern, maxErrors)).toEqual(search(text, pattern, maxErrors));
      }),
      { numRuns: 500 },
    );
  });

  it('answers several patterns on one text, each as the library does', () => {
    const text = '金融机构应当建立健全内部控制制度。支付机构应当保存客户身份资料。金融机构应当报告可疑交易。';
    const matcher = new SymbolMatcher(text);
    // Two characters left out ("身份"): every end the library reports, from the same start.
    expect(matcher.closest('支付机构应当保存客户资料', 3)).toEqual(search(text, '支付机构应当保存客户资料', 3));
    expect(matcher.closest('支付机构应当保存客户资料', 3).every((m) => m.start === 17 && m.errors === 2)).toBe(true);
    expect(matcher.closest('金融机构应当', 1)).toEqual(search(text, '金融机构应当', 1));
    expect(matcher.closest('完全不同的句子', 1)).toEqual([]);
  });
});
