import type { Ranges } from '../../../../shared/model';
import type { Occurrence } from './locate';

/** About how long a snippet is, in characters. */
export const snippetLength = 200;

/** Picks the window start that covers a whole-query phrase, else the most distinct terms, then the most occurrences. */
function bestWindow(occurrences: readonly Occurrence[], width: number): number {
  let bestStart = occurrences[0]?.start ?? 0;
  let bestRank = -1;
  for (let i = 0; i < occurrences.length; i++) {
    const from = occurrences[i]!.start;
    const ids = new Set<number>();
    let phrases = 0;
    let count = 0;
    for (let j = i; j < occurrences.length && occurrences[j]!.end <= from + width; j++) {
      // A phrase of the whole query has a negative id.
      if (occurrences[j]!.id < 0) phrases++;
      else ids.add(occurrences[j]!.id);
      count++;
    }
    const rank = Math.min(phrases, 1) * 1e6 + ids.size * 1e3 + Math.min(count, 999);
    if (rank > bestRank) {
      bestRank = rank;
      bestStart = from;
    }
  }
  return bestStart;
}

/** Moves a cut back to a word or sentence boundary when one is near. */
function snapStart(text: string, at: number): number {
  if (at <= 0) return 0;
  for (let i = at; i > Math.max(0, at - 30); i--) {
    if (/[\s。；;！!？?，,]/.test(text[i - 1]!)) return i;
  }
  return at;
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  for (let i = at; i < Math.min(text.length, at + 20); i++) {
    if (/[\s。；;！!？?，,]/.test(text[i]!)) return i + (/[。；！？]/.test(text[i]!) ? 1 : 0);
  }
  return at;
}

/**
 * A plain-text excerpt of about 200 characters around the densest cluster of matches,
 * with "…" where it was cut, whitespace runs shown as one space, and the matches'
 * ranges inside it.
 *
 *   makeSnippet('Rate limits apply.', [{ start: 5, end: 11, id: 0 }]) → { text: 'Rate limits apply.', highlights: [[5, 11]] }
 */
export function makeSnippet(
  text: string,
  occurrences: readonly Occurrence[],
  /** The text given is the start of a longer one. */
  more = false,
): { text: string; highlights: Ranges } {
  const lead = 40;
  let from = 0;
  if (occurrences.length > 0) {
    const anchor = bestWindow(occurrences, snippetLength - lead);
    from = snapStart(text, Math.max(0, anchor - lead));
  }
  const to = snapEnd(text, Math.min(text.length, from + snippetLength));
  let out = from > 0 ? '…' : '';
  const map: number[] = [];
  let lastSpace = from > 0;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    map[i - from] = out.length;
    if (/\s/.test(c)) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += c;
      lastSpace = false;
    }
  }
  map[to - from] = out.length;
  out = out.replace(/\s+$/, '');
  const trimmedLength = out.length;
  if (to < text.length || more) out += '…';
  const highlights: Ranges = [];
  let lastEnd = -1;
  for (const o of occurrences) {
    if (o.id < 0 || o.start < from || o.end > to || o.start < lastEnd) continue;
    const s = map[o.start - from]!;
    const e = Math.min(map[o.end - from]!, trimmedLength);
    if (e > s) highlights.push([s, e]);
    lastEnd = o.end;
  }
  return { text: out, highlights };
}
