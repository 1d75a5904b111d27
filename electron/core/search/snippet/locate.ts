import { foldWidth } from '../../text/normalize';
import { termPieces } from '../query/term-text';
import type { QueryTerm } from '../query/types';
import { foldToken, tokenKey, wordOrCjkRunPattern } from '../text/tokens';

type WordPart = { cjk: false; key: string; folded: string; prefix: boolean };
type Part = { cjk: true; text: string } | WordPart;

/** A query term ready to be found in original text. `id` is the caller's label for it. */
export interface Matcher {
  id: number;
  /** Set for a term that is one CJK run: found as a plain substring. */
  substring?: string;
  /** Set for a literal term (2020年1月, 30%): found as a substring, ASCII letters in either case. */
  caseless?: string;
  parts: Part[];
  /** How many other words may stand between two of the parts (0 = exact phrase). */
  slop: number;
  /** Finds the words that may be the first part (a Latin word): checked by stem afterwards. */
  firstWord?: RegExp;
  /** For a loose term: its words, each to be found somewhere (the term counts only if all are). */
  each?: Matcher[];
}

export interface Occurrence {
  start: number;
  end: number;
  id: number;
}

const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const wordChar = `[[\\p{L}\\p{N}\\p{M}\\p{Co}]--[${cjk}]]`;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/\-&!#%,:;<=>@`~]/g, '\\$&');
}

/**
 * Words that may stem to `part.key`: a Porter stem differs from its word only in its
 * last character (y→i, an added e) beyond a cut, so the stem minus one character is a
 * prefix of every word it comes from.
 */
function wordFinder(part: WordPart): RegExp | null {
  const key = part.key;
  const lead = part.prefix ? part.folded : key.length <= 2 ? key : key.slice(0, -1);
  // An empty lead would match the empty string at every position: such a part matches nothing.
  if (lead === '') return null;
  // A plain literal scans fastest; word boundaries are checked per hit.
  return new RegExp(escapeRegExp(lead), 'gi');
}

const isWordChar = new RegExp(`^${wordChar}$`, 'v');
const wordTail = new RegExp(`${wordChar}*`, 'yv');

/** The whole word starting at `start`, or null when `start` is inside a word. */
function wordAt(folded: string, start: number): string | null {
  if (start > 0) {
    const before = folded.codePointAt(start - 1)!;
    const ch = before >= 0xdc00 && before <= 0xdfff && start > 1 ? folded.slice(start - 2, start) : folded[start - 1]!;
    if (isWordChar.test(ch)) return null;
  }
  wordTail.lastIndex = start;
  const m = wordTail.exec(folded);
  return m ? m[0] : null;
}

/** Prepares a term for locate(); null when it holds nothing searchable. */
export function compileMatcher(term: QueryTerm, id: number, slop = 0): Matcher | null {
  const pieces = termPieces(term.text);
  if (pieces.length === 0) return null;
  if (term.loose && pieces.length > 1) {
    const each = pieces
      .map((p) => compileMatcher({ text: p.text, phrase: false, prefix: false }, id))
      .filter((m): m is Matcher => m !== null);
    return { id, parts: [], slop, each };
  }
  if (pieces.length === 1 && pieces[0]!.cjk) return { id, substring: pieces[0]!.text, parts: [], slop };
  if (term.literal) return { id, caseless: asciiLower(term.text), parts: [], slop };
  const parts = pieces.map((p, i): Part => {
    if (p.cjk) return { cjk: true, text: p.text };
    const last = i === pieces.length - 1;
    return { cjk: false, key: tokenKey(p.text), folded: foldToken(p.text), prefix: term.prefix && last };
  });
  if (parts.some((p) => (p.cjk ? p.text === '' : p.key === '' && p.folded === ''))) return null;
  const first = parts[0]!;
  if (first.cjk) return { id, parts, slop };
  const firstWord = wordFinder(first);
  return firstWord ? { id, parts, slop, firstWord } : null;
}

/** ASCII letters in lower case, every other character as it is (offsets unchanged). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

function wordMatches(word: string, part: WordPart): boolean {
  const folded = foldToken(word);
  if (part.prefix) return folded.startsWith(part.folded);
  return folded === part.key || tokenKey(word) === part.key;
}

interface Item {
  start: number;
  end: number;
  cjk: boolean;
  text: string;
}

/** The word or CJK run at or after `from`. */
function nextItem(folded: string, from: number): Item | null {
  wordOrCjkRunPattern.lastIndex = from;
  const m = wordOrCjkRunPattern.exec(folded);
  wordOrCjkRunPattern.lastIndex = 0;
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length, cjk: m[1] !== undefined, text: m[0] };
}

/** Where a CJK part sits in a run: a middle part is the whole run, the last a start, the first an end. */
function cjkOffset(item: Item, text: string, first: boolean, last: boolean): number {
  if (!item.cjk) return -1;
  if (first && !last) return item.text.endsWith(text) ? item.text.length - text.length : -1;
  if (!first && last) return item.text.startsWith(text) ? 0 : -1;
  if (first && last) return item.text.indexOf(text);
  return item.text === text ? 0 : -1;
}

/** Matches parts 1… after the first one ended at `end`; the end of the last, or −1. */
function matchRest(folded: string, parts: readonly Part[], end: number, slop: number): number {
  let at = end;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k]!;
    const last = k === parts.length - 1;
    let found = -1;
    let from = at;
    for (let skip = 0; skip <= slop; skip++) {
      const item = nextItem(folded, from);
      if (!item) return -1;
      if (part.cjk) {
        const off = cjkOffset(item, part.text, false, last);
        if (off >= 0) found = item.start + off + part.text.length;
      } else if (!item.cjk && wordMatches(item.text, part)) {
        found = item.end;
      }
      if (found >= 0) break;
      from = item.end;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

function locateOne(folded: string, m: Matcher, out: Occurrence[]): void {
  if (m.each) {
    const found = m.each.map((w) => {
      const list: Occurrence[] = [];
      locateOne(folded, w, list);
      return list;
    });
    if (found.every((list) => list.length > 0)) for (const list of found) out.push(...list);
    return;
  }
  if (m.caseless !== undefined) {
    const lower = asciiLower(folded);
    for (let at = lower.indexOf(m.caseless); at >= 0; at = lower.indexOf(m.caseless, at + 1)) {
      out.push({ start: at, end: at + m.caseless.length, id: m.id });
    }
    return;
  }
  if (m.substring !== undefined) {
    for (let at = folded.indexOf(m.substring); at >= 0; at = folded.indexOf(m.substring, at + 1)) {
      out.push({ start: at, end: at + m.substring.length, id: m.id });
    }
    return;
  }
  const first = m.parts[0]!;
  if (first.cjk) {
    for (let at = folded.indexOf(first.text); at >= 0; at = folded.indexOf(first.text, at + 1)) {
      const item = nextItem(folded, at);
      if (!item || item.start > at) continue;
      const runEnd = item.end;
      if (m.parts.length > 1 && at + first.text.length !== runEnd) continue;
      const end = matchRest(folded, m.parts, at + first.text.length, m.slop);
      if (end >= 0) out.push({ start: at, end, id: m.id });
    }
    return;
  }
  const finder = m.firstWord!;
  finder.lastIndex = 0;
  for (let hit = finder.exec(folded); hit; hit = finder.exec(folded)) {
    const start = hit.index;
    // Never rescan the same position (a zero-length hit would not move lastIndex).
    if (finder.lastIndex <= start) finder.lastIndex = start + 1;
    const word = wordAt(folded, start);
    if (word === null || word === '' || !wordMatches(word, first)) continue;
    finder.lastIndex = start + word.length;
    const end = m.parts.length === 1 ? start + word.length : matchRest(folded, m.parts, start + word.length, m.slop);
    if (end >= 0) out.push({ start, end, id: m.id });
  }
}

/**
 * Where the terms occur in a text (original, not index text): CJK runs as substrings,
 * words by Porter stem (or prefix), phrases as adjacent words. Sorted by start.
 *
 *   locate('Rate limits apply.', [compileMatcher({ text: 'limit', … }, 0)!]) → [{ start: 5, end: 11, id: 0 }]
 */
export function locate(text: string, matchers: readonly Matcher[]): Occurrence[] {
  const folded = foldWidth(text);
  const out: Occurrence[] = [];
  for (const m of matchers) locateOne(folded, m, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
