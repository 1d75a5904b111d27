import type { SearchHit, SearchNotice, SearchResult } from '../../../../shared/model';
import { foldWidth } from '../../text/normalize';
import type { Budget } from '../budget';
import { ftsTerm, passageColumns } from '../query/to-fts';
import type { QueryTerm } from '../query/types';
import { passageHit } from '../rank/passage-hit';
import type { SearchStatements } from '../rank/statements';
import { compileMatcher, locate, type Matcher } from '../snippet/locate';
import { pastedText, pastePhrases } from './phrases';

/**
 * Passages read per phrase. A phrase found in more passages than this is too common to
 * tell the source apart and counts for nothing.
 */
export const rowsPerPhrase = 400;
/** The best passage must hold at least this share of the distinctive phrases' weight to be taken as the source. */
export const sourceShare = 0.5;
/** …and at least this many of them (one phrase in common is chance). */
export const sourceMinPhrases = 2;
/** The best passages read in full to see which holds the paste word for word (near-copies tie on phrases). */
export const verifiedSources = 10;

/** Text compared word for word: width-folded, whitespace runs as one space. */
function comparable(text: string): string {
  return foldWidth(text).replace(/\s+/g, ' ').trim();
}

/** The ranked passages with those among the first verifiedSources that hold the whole paste moved first. */
function containingFirst<T>(statements: SearchStatements, paste: string, ranked: [number, T][]): [number, T][] {
  const top = ranked.slice(0, verifiedSources);
  const texts = statements.fullTexts(top.map(([seq]) => seq));
  const wanted = comparable(paste);
  const holds = new Set(top.filter(([seq]) => comparable(texts.get(seq) ?? '').includes(wanted)).map(([seq]) => seq));
  if (holds.size === 0) return ranked;
  return [...ranked.filter(([seq]) => holds.has(seq)), ...ranked.filter(([seq]) => !holds.has(seq))];
}

interface Found {
  hits: SearchHit[];
  mode: SearchResult['mode'];
  terms: string[];
  notices: SearchNotice[];
}

/**
 * A query that looks like a pasted passage is located by its phrases: each phrase's
 * passages are read (up to rowsPerPhrase), every passage scores the rarity (idf) of the
 * phrases it holds, and the best come first — the source passage holds them all. Null
 * when the query is not a paste or no passage holds enough of it (the caller then
 * searches its words).
 */
export function findPastedPassage(
  statements: SearchStatements,
  query: string,
  limit: number,
  budget: Budget,
): Found | null {
  const text = pastedText(query);
  if (text === null) return null;
  const phrases = pastePhrases(text);
  const total = Math.max(1, statements.passageCount());
  const scores = new Map<number, { score: number; phrases: number }>();
  const used: string[] = [];
  let weightFound = 0;
  for (const phrase of phrases) {
    if (budget.expired()) break;
    const fts = ftsTerm({ text: phrase, phrase: true, prefix: false });
    if (fts === null) continue;
    const seqs = statements.anyMatches(`${passageColumns} : (${fts})`, rowsPerPhrase);
    if (seqs.length === 0 || seqs.length >= rowsPerPhrase) continue;
    const weight = Math.log(1 + total / seqs.length);
    weightFound += weight;
    used.push(phrase);
    for (const seq of seqs) {
      const s = scores.get(seq) ?? { score: 0, phrases: 0 };
      s.score += weight;
      s.phrases++;
      scores.set(seq, s);
    }
  }
  let ranked = [...scores].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
  const best = ranked[0]?.[1];
  if (!best || best.phrases < sourceMinPhrases) return null;
  // One passage holds most of the paste, or most of its phrases are in the library (a
  // paste spanning several passages).
  const fromOne = best.score >= sourceShare * weightFound;
  const fromLibrary = used.length >= sourceShare * phrases.length;
  if (!fromOne && !fromLibrary) return null;
  ranked = containingFirst(statements, text, ranked);
  const page = ranked.slice(0, limit);
  const rows = statements.passageRows(page.map(([seq]) => seq));
  const matchers = used
    .map((phrase, i) => compileMatcher({ text: phrase, phrase: true, prefix: false } satisfies QueryTerm, i))
    .filter((m): m is Matcher => m !== null);
  const hits: SearchHit[] = [];
  for (const [seq, s] of page) {
    const row = rows.get(seq);
    if (!row) continue;
    const occurrences = locate(row.text, matchers);
    hits.push(
      passageHit(row, occurrences, s.score, {
        fields: ['body'],
        terms: [...new Set(occurrences.map((o) => used[o.id]!))],
      }),
    );
  }
  return { hits, mode: 'all', terms: used, notices: [{ code: 'passage-lookup', phrases: used.length }] };
}
