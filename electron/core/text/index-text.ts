import { foldWidth } from './normalize';

/** Runs of characters written without spaces between words (Han, kana). */
export const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/**
 * Splits one CJK run into the tokens the index holds: every overlapping bigram, then
 * the run's last character alone. A substring of n ≥ 2 characters is then exactly a
 * phrase of its n−1 bigrams, and the trailing single character keeps two runs from
 * ever forming one phrase across punctuation.
 */
export function cjkTokens(run: string): string[] {
  const chars = Array.from(run);
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  tokens.push(chars[chars.length - 1]!);
  return tokens;
}

/**
 * The text stored in the FTS index for a passage field: width-folded, with each CJK
 * run replaced by its tokens separated by spaces. Other text is left for FTS5's
 * tokenizer (unicode61 + porter) as it is.
 */
export function toIndexText(text: string): string {
  return foldWidth(text).replace(cjkRun, spacedCjkTokens);
}

/**
 * ` ${cjkTokens(run).join(' ')} ` built in one pass over the run, with no array of
 * characters or tokens between (the import calls this for every passage).
 */
function spacedCjkTokens(run: string): string {
  let out = ' ';
  let previous = '';
  for (let i = 0; i < run.length; ) {
    const code = run.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < run.length ? 2 : 1;
    const char = width === 1 ? run[i]! : run.slice(i, i + 2);
    if (previous) out += `${previous}${char} `;
    previous = char;
    i += width;
  }
  return `${out}${previous} `;
}
