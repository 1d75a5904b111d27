/** Character ranges [start, end) into a string. */
export type Range = readonly [number, number];

/** Sorts, clamps to [0, length] and merges overlapping or touching ranges. */
export function normalizeRanges(ranges: readonly Range[], length: number): Range[] {
  const clamped = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of clamped) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** A piece of text, marked or not; concatenating the pieces gives back the text. */
export interface Piece {
  text: string;
  marked: boolean;
  /** Offset of the piece in the original text. */
  start: number;
}

/**
 * Splits text at the ranges, never losing a character.
 *
 * @example splitByRanges('rate limits', [[0, 4]]) // [{text:'rate',marked:true,…},{text:' limits',marked:false,…}]
 */
export function splitByRanges(text: string, ranges: readonly Range[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [s, e] of normalizeRanges(ranges, text.length)) {
    if (s > at) pieces.push({ text: text.slice(at, s), marked: false, start: at });
    pieces.push({ text: text.slice(s, e), marked: true, start: s });
    at = e;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false, start: at });
  return pieces;
}

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const wordChar = /[\p{L}\p{N}_]/u;

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? '';
  return !wordChar.test(before) || cjk.test(before);
}

/**
 * Finds where any of the terms occur, case-insensitively. Latin terms match at word
 * starts (so "rate" finds "Rate" and "rates" but not "accurate"); CJK terms match anywhere.
 */
export function findTermRanges(text: string, terms: readonly string[]): Range[] {
  const haystack = text.toLowerCase();
  const ranges: Range[] = [];
  for (const raw of terms) {
    const term = raw.replace(/\*+$/, '').toLowerCase();
    if (term.length === 0 || term.length !== raw.replace(/\*+$/, '').length) continue;
    const anywhere = cjk.test(term);
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      if (anywhere || isWordStart(haystack, at)) ranges.push([at, at + term.length]);
      from = at + Math.max(1, term.length);
    }
  }
  return normalizeRanges(ranges, text.length);
}

/** Every occurrence of a literal needle, case-insensitively (find-in-document). */
export function findLiteralRanges(text: string, needle: string): Range[] {
  const n = needle.toLowerCase();
  if (n.length === 0) return [];
  const haystack = text.toLowerCase();
  if (haystack.length !== text.length) return [];
  const ranges: Range[] = [];
  for (let at = haystack.indexOf(n); at >= 0; at = haystack.indexOf(n, at + n.length)) {
    ranges.push([at, at + n.length]);
  }
  return ranges;
}
