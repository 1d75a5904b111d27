import { cjkTokens } from '../../text/index-text';
import { wordOrCjkRunPattern } from '../text/tokens';
import type { QueryTerm } from './types';

/** Runs of CJK characters (global; as core/text/index-text.ts splits them). */
export const cjkRunPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** True when the text holds at least one word or CJK character FTS5 would index. */
export function hasSearchableText(text: string): boolean {
  wordOrCjkRunPattern.lastIndex = 0;
  const found = wordOrCjkRunPattern.test(text);
  wordOrCjkRunPattern.lastIndex = 0;
  return found;
}

/** The pieces of a term: Latin-script words and CJK runs, in order. */
export function termPieces(text: string): { text: string; cjk: boolean }[] {
  return [...text.matchAll(wordOrCjkRunPattern)].map((m) => ({ text: m[0], cjk: m[1] !== undefined }));
}

/**
 * The sequence of index tokens a term must match as an FTS5 phrase, and whether the last
 * one is a prefix. A CJK run of n ≥ 2 characters is its n−1 bigrams (any substring of the
 * text); a single CJK character is a prefix of the tokens starting with it. Inside a
 * phrase, a CJK run followed by more words also needs its closing single character.
 *
 *   termTokens({ text: '反洗钱', … }) → { tokens: ['反洗', '洗钱'], prefix: false }
 *   termTokens({ text: '法', … })     → { tokens: ['法'], prefix: true }
 */
export function termTokens(term: QueryTerm): { tokens: string[]; prefix: boolean } | null {
  let pieces = termPieces(term.text);
  if (term.literal) {
    // Literal text may start inside a longer number or word (1月1日 in 11月1日): index
    // tokens match whole words only, so a leading word is left to the literal filter, and
    // a trailing one is a prefix. A literal of one word (30%) has no tokens to match by.
    if (pieces.length < 2 && !pieces[0]?.cjk) return null;
    if (!pieces[0]!.cjk) pieces = pieces.slice(1);
  }
  if (pieces.length === 0) return null;
  const tokens: string[] = [];
  let prefix = term.prefix || (term.literal === true && !pieces[pieces.length - 1]!.cjk);
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    if (!piece.cjk) {
      tokens.push(piece.text);
      return;
    }
    const all = cjkTokens(piece.text);
    if (!last) {
      tokens.push(...all);
      return;
    }
    if (all.length === 1) {
      tokens.push(all[0]!);
      prefix = true;
    } else {
      tokens.push(...all.slice(0, -1));
    }
  });
  if (term.literal && tokens.length > literalFtsTokens)
    return { tokens: tokens.slice(0, literalFtsTokens), prefix: false };
  return { tokens, prefix };
}

/**
 * Index tokens a literal term is looked up by: an FTS5 phrase costs the posting lists of
 * all its tokens (第十条 × 20 reads the same common lists 60 times); the literal filter
 * checks the whole text in the passages this narrows to.
 */
export const literalFtsTokens = 8;
