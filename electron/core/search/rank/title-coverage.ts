import { isStopWord } from '../query/stopwords';
import type { Occurrence } from '../snippet/locate';
import { wordOrCjkRunPattern } from '../text/tokens';

/**
 * How much of a title the matches cover, 0…1: its words other than stop words, each
 * CJK character counting half a word. A short title that is all query ("What are API
 * rate limits?" for "rate limit") scores higher than a long one that merely mentions it.
 */
export function titleCoverage(title: string, occurrences: readonly Occurrence[]): number {
  let total = 0;
  let covered = 0;
  const inside = (at: number) => occurrences.some((o) => o.start <= at && at < o.end);
  for (const m of title.matchAll(wordOrCjkRunPattern)) {
    if (m[1] !== undefined) {
      for (let i = 0; i < m[0].length; i++) {
        total += 0.5;
        if (inside(m.index + i)) covered += 0.5;
      }
    } else if (!isStopWord(m[0])) {
      total += 1;
      if (inside(m.index)) covered += 1;
    }
  }
  return total > 0 ? covered / total : 0;
}
