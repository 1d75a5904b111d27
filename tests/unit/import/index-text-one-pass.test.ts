import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkRun, cjkTokens, toIndexText } from '../../../electron/core/text/index-text';
import { foldWidth } from '../../../electron/core/text/normalize';

/** The index text as first written: each CJK run replaced by its tokens joined with spaces. */
function referenceIndexText(text: string): string {
  return foldWidth(text).replace(cjkRun, (run) => ` ${cjkTokens(run).join(' ')} `);
}

/** Han (BMP and supplementary), kana, full-width and plain ASCII, punctuation and a combining mark. */
const pieces = [
  '法',
  '律',
  '第',
  '条',
  '𠀀',
  '𪚥',
  'の',
  'カ',
  'Ａ',
  '１',
  '　',
  'a',
  'Z',
  '9',
  ' ',
  '，',
  '。',
  '\n',
  '\u0301',
];
const mixedText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('index text built in one pass', () => {
  it('equals the bigram tokens of each CJK run joined by spaces, for any mix of scripts', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(toIndexText(text)).toBe(referenceIndexText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a run of supplementary Han characters whole-character bigrams', () => {
    expect(toIndexText('x𠀀𪚥法y')).toBe('x 𠀀𪚥 𪚥法 法 y');
  });
});
