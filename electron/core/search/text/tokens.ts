import { foldWidth } from '../../text/normalize';
import { porterStem } from './porter';

/** One Han/kana character. */
export const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const cjkCharSource = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';

/**
 * A word: a letter or digit followed by letters, digits and marks, minus CJK characters
 * (the index holds those as bigrams). A word never starts with a mark: a combining mark or
 * variation selector after a Han character (法\u0301, 法\uFE0F) belongs to that character
 * and is no word of its own — one would fold to nothing and match everywhere.
 */
const wordSource = `[[\\p{L}\\p{N}\\p{Co}]--[${cjkCharSource}]][[\\p{L}\\p{N}\\p{M}\\p{Co}]--[${cjkCharSource}]]*`;

/** A word (see wordSource). Global: use with matchAll. */
export const wordPattern = new RegExp(wordSource, 'gv');

/** A word or one CJK run, in the order they occur. */
export const wordOrCjkRunPattern = new RegExp(`([${cjkCharSource}]+)|${wordSource}`, 'gv');

export function isCjk(text: string): boolean {
  return cjkChar.test(text);
}

/** Lower case without diacritics, as unicode61 with remove_diacritics folds a token. */
export function foldToken(token: string): string {
  const lower = token.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** Stems already computed: snippets and reranking stem the same words over and over. */
const keyCache = new Map<string, string>();
const keyCacheLimit = 50_000;

/** The key a Latin-script token is compared by: folded, then Porter-stemmed (as the index does). */
export function tokenKey(token: string): string {
  let key = keyCache.get(token);
  if (key === undefined) {
    key = porterStem(foldToken(token));
    if (keyCache.size >= keyCacheLimit) keyCache.clear();
    keyCache.set(token, key);
  }
  return key;
}

/** The words of a text with their offsets (Latin-script and other non-CJK words only). */
export function words(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of foldWidth(text).matchAll(wordPattern)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
