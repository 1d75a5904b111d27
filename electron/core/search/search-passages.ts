import type { SearchResult } from '../../../shared/model';
import { parseQuery } from './query/parse';
import {
  hasSynonyms,
  type PlannedQuery,
  planRelaxed,
  planStrict,
  planTerms,
  type SynonymIndex,
  typedOnly,
} from './query/plan';
import { clauseColumns, toFtsQuery } from './query/to-fts';
import type { ParsedQuery } from './query/types';
import { compilePlan, rerank } from './rank/rerank';
import type { Candidate, CandidateFilters, SearchStatements } from './rank/statements';

/** Below this many hits for "every word" (the brief's example is 3; copies of one text in several formats make 5 kinder), the search falls back to ranked any-word matching. */
export const fallbackBelow = 5;
export const defaultLimit = 20;
const nothingToSearch = 'Type a word to search for; filters such as kind: only narrow a search.';
export const maxLimit = 10_000;

/** How many FTS candidates are reranked for a page of `limit` hits. */
function poolSize(limit: number): number {
  return limit + Math.max(10, Math.ceil(limit / 2));
}

function filtersOf(plan: PlannedQuery): CandidateFilters {
  const s = plan.filters.statuses;
  return {
    kinds: plan.filters.kinds,
    langs: plan.filters.langs,
    repealed: s.length === 1 ? (s[0] === 'repealed' ? 1 : 0) : null,
  };
}

function run(statements: SearchStatements, plan: PlannedQuery, mode: 'all' | 'any', limit: number) {
  const match = toFtsQuery(plan, { mode });
  if (match === null) return null;
  const filters = filtersOf(plan);
  const pool = poolSize(limit);
  const typedMatch = hasSynonyms(plan) ? toFtsQuery(typedOnly(plan), { mode }) : null;
  let candidates: Candidate[];
  if (typedMatch === null) {
    candidates = statements.candidates(match, filters, pool);
  } else {
    // The words as typed decide the order (synonyms would inflate bm25); synonyms only
    // widen the search when the typed words alone do not fill the page (always when
    // any word may match, where a common word alone fills it).
    candidates = statements.candidates(typedMatch, filters, pool);
    if (candidates.length < pool || mode === 'any') {
      const seen = new Set(candidates.map((c) => c.seq));
      const wider = statements.candidates(match, filters, pool).filter((c) => !seen.has(c.seq));
      candidates = [...candidates, ...wider];
    }
  }
  if (mode === 'any' && plan.groups.length > 1) {
    // Passages with every word of the relaxed plan (synonyms included) are candidates
    // first: bm25 over "any" favours short passages with one common word over a long
    // one with them all, and only the best of a pool are reranked.
    const every = toFtsQuery(plan, { mode: 'all' });
    if (every !== null) {
      const seen = new Set(candidates.map((c) => c.seq));
      const all = statements.candidates(every, filters, pool).filter((c) => !seen.has(c.seq));
      candidates = [...all, ...candidates];
    }
  }
  const compiled = compilePlan(plan, mode === 'any' ? groupWeights(statements, plan) : null);
  return rerank(candidates, statements.passageRows(candidates.map((c) => c.seq)), compiled, limit);
}

/**
 * Each group's inverse document frequency (as bm25 computes it), so that in any-word
 * mode missing a common word ("make") costs less than missing a rare one ("administrator").
 */
function groupWeights(statements: SearchStatements, plan: PlannedQuery): number[] {
  const total = statements.passageCount();
  return plan.groups.map((g) => {
    const match = toFtsQuery({ ...plan, groups: [g], excluded: [], filters: { ...plan.filters, docs: [] } });
    const n = match === null ? total : statements.matchCount(match);
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  });
}

function sameGroups(a: PlannedQuery, b: PlannedQuery): boolean {
  return JSON.stringify(a.groups) === JSON.stringify(b.groups);
}

/**
 * Searches passages: every group first; when that finds fewer than three passages and
 * the query has more than one word (after splitting Chinese runs into words), any group,
 * ranked by how many match. `didYouMean` is left empty for the caller to fill.
 */
export function searchPassages(
  statements: SearchStatements,
  synonyms: SynonymIndex,
  input: { query: string; limit?: number },
): SearchResult {
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? defaultLimit)), maxLimit);
  if (input.query.trim() === '') return { hits: [], mode: 'none', terms: [], didYouMean: [] };
  const parsed = parseQuery(input.query);
  if (parsed.clauses) {
    const found = searchClauses(statements, planStrict(parsed, synonyms), limit);
    if (found) return found;
    // No passage has that number: the words as typed, "Article" and "10" included.
    return searchWords(statements, synonyms, parseQuery(input.query, { clauses: false }), limit);
  }
  return searchWords(statements, synonyms, parsed, limit);
}

/**
 * A query naming clause numbers: the passages with one of those numbers (and the kind
 * the query names), those matching more of the other words first, where a word in the
 * document title counts ("反洗钱法 第十条" puts article 10 of the AML law first). With
 * no other words (or filters only), they come in library order. Null when no passage
 * has any of the numbers.
 */
function searchClauses(statements: SearchStatements, plan: PlannedQuery, limit: number): SearchResult | null {
  const seqs = statements.numberedPassages(plan.clauses ?? [], filtersOf(plan));
  if (seqs.length === 0) return null;
  const compiled = compilePlan(plan, null, true);
  const match = toFtsQuery(plan, { mode: 'any', columns: clauseColumns });
  const ranked = match === null ? [] : statements.candidatesWithin(match, seqs, poolSize(limit));
  let hits = rerank(ranked, statements.passageRows(ranked.map((c) => c.seq)), compiled, limit);
  // The rest in library order, unless a doc: filter or an excluded word had to hold.
  if (hits.length < limit && (match === null || (plan.filters.docs.length === 0 && plan.excluded.length === 0))) {
    const seen = new Set(ranked.map((c) => c.seq));
    const rest = seqs.filter((seq) => !seen.has(seq)).slice(0, limit - hits.length);
    const rows = statements.passageRows(rest);
    hits = [
      ...hits,
      ...rerank(
        rest.map((seq) => ({ seq, bm: 0 })),
        rows,
        compiled,
        rest.length,
      ),
    ];
  }
  if (hits.length === 0) return null;
  return { hits, mode: 'all', terms: planTerms(plan), didYouMean: [] };
}

function searchWords(
  statements: SearchStatements,
  synonyms: SynonymIndex,
  parsed: ParsedQuery,
  limit: number,
): SearchResult {
  const strict = planStrict(parsed, synonyms);
  const hits = run(statements, strict, 'all', limit);
  if (hits === null) return { hits: [], mode: 'none', terms: [], didYouMean: [], notice: nothingToSearch };
  // One word (or one Chinese run) that is found at all is not diluted by its parts.
  const enough = hits.length >= fallbackBelow || (hits.length > 0 && parsed.groups.length < 2);
  if (enough) return { hits, mode: 'all', terms: planTerms(strict), didYouMean: [] };
  const relaxed = planRelaxed(parsed, synonyms);
  if (relaxed.groups.length < 2 && sameGroups(strict, relaxed)) {
    return { hits, mode: hits.length > 0 ? 'all' : 'none', terms: planTerms(strict), didYouMean: [] };
  }
  const anyHits = run(statements, relaxed, 'any', limit) ?? [];
  if (anyHits.length <= hits.length) {
    return { hits, mode: hits.length > 0 ? 'all' : 'none', terms: planTerms(strict), didYouMean: [] };
  }
  const found =
    hits.length === 0
      ? 'No passage has all the words'
      : `Only ${hits.length} passage${hits.length === 1 ? '' : 's'} had all the words`;
  return {
    hits: anyHits,
    mode: 'any',
    terms: planTerms(relaxed),
    didYouMean: [],
    notice: `${found}; showing passages with any of them, best matches first.`,
  };
}
