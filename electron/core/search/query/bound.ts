import { maxQueryTerms } from '../../../../shared/limits';
import type { ClauseRef } from './clause';
import { termPieces } from './term-text';
import type { ParsedQuery, QueryGroup, QueryTerm } from './types';

/**
 * Most words (or CJK characters) one term keeps: a longer quoted phrase or Chinese run is
 * cut here. Enough for any real phrase; it bounds the FTS phrase and the matcher.
 */
export const maxTermPieces = 64;

export interface BoundedQuery {
  parsed: ParsedQuery;
  /** Distinct terms left out because the query had more than maxQueryTerms. */
  dropped: number;
}

function termId(t: QueryTerm): string {
  return `${t.phrase ? 'p' : 'w'}${t.prefix ? '*' : ''}${t.literal ? 'l' : ''}${t.loose ? 'o' : ''}:${t.text.toLowerCase()}`;
}

/**
 * A Chinese run longer than this is searched as a literal: the index narrows by its start,
 * the literal filter checks all of it (same passages, bounded cost).
 */
export const literalRunAbove = 8;

/**
 * The term with at most maxTermPieces words, and a CJK run at most that many characters;
 * a long CJK run becomes a literal.
 */
function shortened(t: QueryTerm): QueryTerm {
  const pieces = termPieces(t.text);
  const first = pieces[0];
  if (pieces.length === 1 && first?.cjk && !t.prefix && first.text.length > literalRunAbove) {
    return { ...t, text: Array.from(first.text).slice(0, maxTermPieces).join(''), literal: true };
  }
  if (t.text.length <= maxTermPieces) return t;
  if (pieces.length <= maxTermPieces) return t;
  return {
    ...t,
    text: pieces
      .slice(0, maxTermPieces)
      .map((p) => p.text)
      .join(' '),
  };
}

/**
 * Bounds a parsed query's work: repeated terms, groups and clauses count once (in the
 * order first typed), long terms are shortened, and at most maxQueryTerms terms are kept —
 * words to find first, then excluded words, then `doc:` words.
 *
 *   boundQuery(parseQuery('a '.repeat(5000))).parsed.groups.length → 1
 */
export function boundQuery(parsed: ParsedQuery): BoundedQuery {
  let room = maxQueryTerms;
  let dropped = 0;
  const seenGroups = new Set<string>();
  const groups: QueryGroup[] = [];
  for (const g of parsed.groups) {
    const terms = dedupe(g.terms.map(shortened));
    const key = terms.map(termId).sort().join('|');
    if (seenGroups.has(key)) continue;
    seenGroups.add(key);
    if (terms.length > room) {
      dropped += terms.length;
      continue;
    }
    room -= terms.length;
    groups.push({ terms });
  }
  const take = (list: readonly QueryTerm[]): QueryTerm[] => {
    const out: QueryTerm[] = [];
    for (const t of dedupe(list.map(shortened))) {
      if (room > 0) {
        out.push(t);
        room--;
      } else {
        dropped++;
      }
    }
    return out;
  };
  const excluded = take(parsed.excluded);
  const docs = take(parsed.filters.docs);
  const bounded: ParsedQuery = { groups, excluded, filters: { ...parsed.filters, docs } };
  if (parsed.clauses) bounded.clauses = dedupeClauses(parsed.clauses).slice(0, maxQueryTerms);
  return { parsed: bounded, dropped };
}

function dedupe(terms: readonly QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const id = termId(t);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function dedupeClauses(clauses: readonly ClauseRef[]): ClauseRef[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const id = `${c.number}/${c.kinds.join(',')}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
