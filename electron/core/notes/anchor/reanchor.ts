import search from 'approx-string-match';
import type { AnchorStatus, TextQuote } from '../../../../shared/notes-model';
import { type FlatPassage, type FlatText, toPassageRange } from './doc-text';
import { QuoteFinder } from './gram-index';
import { type FoldedText, foldFormatting, foldString, toFolded } from './normalize-map';
import { quoteAt } from './quote';
import { SymbolMatcher } from './symbol-matcher';

/**
 * A quote with more than a quarter of its characters edited is no longer "the same
 * sentence": below this, the note is orphaned rather than placed on other text.
 */
export const minQuoteSimilarity = 0.75;
/** Short quotes (a word or two) find near-matches anywhere: below this length the surrounding text must agree too. */
export const shortQuoteLength = 32;
/**
 * When the surrounding text "agrees" (a match away from the note's own passage, or a short
 * quote): one side nearly intact — a moved clause keeps at least the text of its own passage
 * on one side — or both sides mostly intact. Clauses that differ only in a number or an
 * amount (templated penalty articles) agree on both sides only partly, and are refused.
 */
export const minOneSideContextSimilarity = 0.9;
export const minBothSidesContextSimilarity = 0.75;
/**
 * A short quote found exactly once in the new version is trusted without its context
 * from this length on (a clause of a Chinese sentence, two or three English words): a
 * renumbered article changes the text around a quote, not the quote.
 */
export const minUniqueQuoteLength = 8;
/**
 * Approximate candidates considered, closest to the quote first: each must pass the
 * quote and context thresholds; templated clauses can otherwise give thousands.
 */
const maxCandidates = 64;
/** Hypothesis' weights: the quote matters most, then its context, then the old position (a tie-breaker). */
const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** What the old anchor said: the quote, and where it was (a passage and a flat offset in its version). */
export interface OldAnchor {
  quote: TextQuote;
  passageId: string | undefined;
  /** The passage's ordinal, kind and number: "the same passage" when the document's IDs changed. */
  passageKey: { ordinal: number; kind: string; number: string | undefined } | undefined;
  /** Offset of the quote's start inside its old passage. */
  start: number;
}

export interface NewAnchor {
  status: Exclude<AnchorStatus, 'orphaned'>;
  passage: FlatPassage;
  endPassage: FlatPassage;
  start: number;
  end: number;
  quote: TextQuote;
}

/** A document version prepared once for re-anchoring many notes. */
export interface AnchorTarget {
  flat: FlatText;
  folded: FoldedText;
  finder: QuoteFinder;
  /** The approximate matcher over the folded text, built on the first quote that needs it. */
  matcher: () => SymbolMatcher;
}

export function prepareTarget(flat: FlatText): AnchorTarget {
  const folded = foldFormatting(flat.text);
  let matcher: SymbolMatcher | undefined;
  return {
    flat,
    folded,
    finder: new QuoteFinder(folded.text),
    matcher: () => (matcher ??= new SymbolMatcher(folded.text)),
  };
}

function samePassage(flat: FlatText, old: OldAnchor): FlatPassage | undefined {
  if (old.passageId) {
    const byId = flat.byId.get(old.passageId);
    if (byId) return byId;
  }
  const key = old.passageKey;
  if (!key) return undefined;
  if (key.number !== undefined) return flat.passages.find((p) => p.kind === key.kind && p.number === key.number);
  const at = flat.passages[key.ordinal];
  return at && at.kind === key.kind ? at : undefined;
}

/** 1 − (edit distance between `text` and `expected`) / length of `expected` (1 when empty), floored at 0. */
function similarity(text: string, expected: string): number {
  if (expected.length === 0 || text === expected) return 1;
  return Math.max(0, 1 - editDistance(text, expected) / expected.length);
}

/** Two reusable rows for `editDistance` (context strings are short; grown when one is not). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, two rows (context strings are ~32 characters: 1,000 steps). */
function editDistance(a: string, b: string): number {
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function contextScores(target: AnchorTarget, start: number, end: number, prefix: string, suffix: string) {
  const text = target.folded.text;
  return {
    prefix: similarity(text.slice(Math.max(0, start - prefix.length), start), prefix),
    suffix: similarity(text.slice(end, end + suffix.length), suffix),
  };
}

function toAnchor(
  target: AnchorTarget,
  foldedStart: number,
  foldedEnd: number,
  status: NewAnchor['status'],
): NewAnchor {
  const map = target.folded.toOriginal;
  const start = map[foldedStart]!;
  const end = foldedEnd > foldedStart ? map[foldedEnd - 1]! + 1 : start;
  const range = toPassageRange(target.flat, start, end)!;
  return { status, ...range, quote: quoteAt(target.flat.text, start, end) };
}

/** Every occurrence of `needle` in `text` from `from` to `to`. */
function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  const within = to === text.length ? text : text.slice(0, to);
  for (let at = within.indexOf(needle, from); at !== -1; at = within.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Places an old anchor in a new version of its document, in Hypothesis' order:
 * the same passage with the exact quote → the exact quote elsewhere (a renumbered or
 * moved clause) → an approximate match near the old position, scored on quote, prefix
 * and suffix. Formatting (white space, full-width punctuation) is folded first, so a
 * formatting-only change finds every quote exactly. A weak match is refused: undefined
 * means orphaned.
 */
export function reanchor(target: AnchorTarget, old: OldAnchor): NewAnchor | undefined {
  const exact = foldString(old.quote.exact);
  const prefix = foldString(old.quote.prefix);
  const suffix = foldString(old.quote.suffix);
  if (exact.trim().length === 0) return undefined;
  const folded = target.folded;
  const home = samePassage(target.flat, old);
  const hint = home ? toFolded(folded, home.start + old.start) : -1;

  const best = (starts: number[]): number => {
    if (starts.length === 1) return starts[0]!;
    let bestAt = starts[0]!;
    let bestScore = -1;
    for (const at of starts) {
      const c = contextScores(target, at, at + exact.length, prefix, suffix);
      const nearness = hint < 0 ? 0 : 1 - Math.min(1, Math.abs(at - hint) / Math.max(1, folded.text.length));
      const score = weights.prefix * c.prefix + weights.suffix * c.suffix + weights.position * nearness;
      if (score > bestScore) {
        bestScore = score;
        bestAt = at;
      }
    }
    return bestAt;
  };

  if (home) {
    const inHome = occurrences(folded.text, exact, toFolded(folded, home.start), toFolded(folded, home.end));
    if (inHome.length > 0) {
      const at = best(inHome);
      // A renumbered law gives a passage ID to another article: the quote's surroundings must
      // still agree, else it competes below with matches elsewhere.
      if (contextAgrees(target, at, at + exact.length, prefix, suffix)) {
        return toAnchor(target, at, at + exact.length, 'anchored');
      }
    }
  }
  const anywhere = target.finder.occurrences(exact);
  if (anywhere.length > 0) {
    const at = best(anywhere);
    // The exact quote with (nearly) its old surroundings elsewhere: the clause, renumbered or moved.
    if (contextAgrees(target, at, at + exact.length, prefix, suffix)) {
      const placed = toAnchor(target, at, at + exact.length, 'moved');
      if (home && placed.passage.id === home.id) placed.status = 'anchored';
      return placed;
    }
  }
  // Otherwise exact copies compete with reworded versions on quote and context together: a
  // sentence a law repeats elsewhere must not win over the note's own clause, reworded.
  const uniqueExact = anywhere.length === 1 && exact.length >= minUniqueQuoteLength;
  return approximate(target, exact, prefix, suffix, hint, home, uniqueExact);
}

function contextAgrees(target: AnchorTarget, start: number, end: number, prefix: string, suffix: string): boolean {
  return agrees(contextScores(target, start, end, prefix, suffix));
}

function agrees(c: { prefix: number; suffix: number }): boolean {
  return (
    Math.max(c.prefix, c.suffix) >= minOneSideContextSimilarity ||
    (c.prefix + c.suffix) / 2 >= minBothSidesContextSimilarity
  );
}

function approximate(
  target: AnchorTarget,
  exact: string,
  prefix: string,
  suffix: string,
  hint: number,
  home: FlatPassage | undefined,
  uniqueExact: boolean,
): NewAnchor | undefined {
  const text = target.folded.text;
  const maxErrors = Math.floor(exact.length * (1 - minQuoteSimilarity));
  const homeStart = home ? toFolded(target.folded, home.start) : -1;
  const homeEnd = home ? toFolded(target.folded, home.end) : -1;
  // The matcher reports only the closest matches in what it searches: the note's own passage is
  // searched on its own too, so a reworded clause competes with closer copies elsewhere.
  const inOwnPassage = home
    ? search(text.slice(homeStart, homeEnd), exact, maxErrors).map((m) => ({
        ...m,
        start: m.start + homeStart,
        end: m.end + homeStart,
      }))
    : [];
  const candidates = [...target.matcher().closest(exact, maxErrors), ...inOwnPassage]
    .sort((a, b) => a.errors - b.errors)
    .slice(0, maxCandidates);
  let best: { start: number; end: number; score: number; exact: boolean } | undefined;
  for (const m of candidates) {
    const quote = 1 - m.errors / exact.length;
    if (quote < minQuoteSimilarity) continue;
    const c = contextScores(target, m.start, m.end, prefix, suffix);
    const inHome = home !== undefined && m.start >= homeStart && m.end <= homeEnd;
    const needsContext = !(m.errors === 0 && uniqueExact) && (exact.length < shortQuoteLength || !inHome);
    if (needsContext && !agrees(c)) continue;
    const nearness = hint < 0 ? 0 : 1 - Math.min(1, Math.abs(m.start - hint) / Math.max(1, text.length));
    const score =
      (weights.quote * quote + weights.prefix * c.prefix + weights.suffix * c.suffix + weights.position * nearness) /
      (weights.quote + weights.prefix + weights.suffix + weights.position);
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, exact: m.errors === 0 };
  }
  if (!best) return undefined;
  if (best.exact) {
    const placed = toAnchor(target, best.start, best.end, 'moved');
    if (home && placed.passage.id === home.id) placed.status = 'anchored';
    return placed;
  }
  return toAnchor(target, best.start, best.end, 'changed');
}
