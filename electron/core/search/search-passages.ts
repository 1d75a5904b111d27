import { maxSearchHits } from '../../../shared/limits';
import type { SearchHit, SearchNotice, SearchResult } from '../../../shared/model';
import type { Budget } from './budget';
import { findPastedPassage } from './paste/find-pasted';
import { boundQuery } from './query/bound';
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
import { asciiLower } from './snippet/locate';

/** Below this many hits for "every word" (the brief's example is 3; copies of one text in several formats make 5 kinder), the search falls back to ranked any-word matching. */
export const fallbackBelow = 5;
export const defaultLimit = 20;

/** How many FTS candidates are reranked for a page of `limit` hits. */
function poolSize(limit: number): number {
  return limit + Math.max(10, Math.ceil(limit / 2));
}

/** The ASCII-lower-cased text of each group that is one literal term (2020年1月, 30%). */
function literalsOf(plan: PlannedQuery): string[] {
  const out: string[] = [];
  for (const g of plan.groups) {
    const t = g.terms[0];
    if (g.terms.length === 1 && t?.literal) out.push(asciiLower(t.text));
  }
  return out;
}

function filtersOf(plan: PlannedQuery, mode: 'all' | 'any' = 'any'): CandidateFilters {
  const s = plan.filters.statuses;
  return {
    kinds: plan.filters.kinds,
    langs: plan.filters.langs,
    repealed: s.length === 1 ? (s[0] === 'repealed' ? 1 : 0) : null,
    ...(plan.filters.dates ? { dates: plan.filters.dates } : {}),
    // Every group must match: a literal one must occur as written (FTS alone would allow
    // punctuation or spaces between its parts).
    ...(mode === 'all' ? { literals: literalsOf(plan) } : {}),
  };
}

/** Appends `more` to `list`, leaving out passages already in it. */
function union(list: Candidate[], more: readonly Candidate[]): Candidate[] {
  const seen = new Set(list.map((c) => c.seq));
  return [...list, ...more.filter((c) => !seen.has(c.seq))];
}

/** The FTS candidates of a plan (stage 3), best bm25 first; null when there is nothing to look for. */
function candidatesOf(
  statements: SearchStatements,
  plan: PlannedQuery,
  mode: 'all' | 'any',
  limit: number,
  budget: Budget,
): Candidate[] | null {
  const match = toFtsQuery(plan, { mode });
  const filters = filtersOf(plan, mode);
  const pool = poolSize(limit);
  if (match === null) {
    // Only literal words the index cannot find by (30%): the passages holding them, read in turn.
    return filters.literals && filters.literals.length > 0 ? statements.literalPassages(filters, pool) : null;
  }
  const typedMatch = hasSynonyms(plan) ? toFtsQuery(typedOnly(plan), { mode }) : null;
  let candidates: Candidate[];
  if (typedMatch === null) {
    candidates = statements.candidates(match, filters, pool);
  } else {
    // The words as typed decide the order (synonyms would inflate bm25); synonyms only
    // widen the search when the typed words alone do not fill the page (always when
    // any word may match, where a common word alone fills it).
    candidates = statements.candidates(typedMatch, filters, pool);
    if ((candidates.length < pool || mode === 'any') && !budget.expired()) {
      candidates = union(candidates, statements.candidates(match, filters, pool));
    }
  }
  if (mode === 'any' && plan.groups.length > 1 && !budget.expired()) {
    // Passages with every word of the relaxed plan (synonyms included) are candidates
    // first: bm25 over "any" favours short passages with one common word over a long
    // one with them all, and only the best of a pool are reranked.
    const every = toFtsQuery(plan, { mode: 'all' });
    if (every !== null) candidates = union(statements.candidates(every, filters, pool), candidates);
  }
  return candidates;
}

/**
 * Each group's inverse document frequency (as bm25 computes it), so that in any-word
 * mode missing a common word ("make") costs less than missing a rare one ("administrator").
 * Groups not counted before the budget ran out weigh 1.
 */
function groupWeights(statements: SearchStatements, plan: PlannedQuery, budget: Budget): number[] {
  const total = statements.passageCount();
  return plan.groups.map((g) => {
    if (budget.expired()) return 1;
    const match = toFtsQuery({ ...plan, groups: [g], excluded: [], filters: { ...plan.filters, docs: [] } });
    const n = match === null ? total : statements.matchCount(match);
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  });
}

function sameGroups(a: PlannedQuery, b: PlannedQuery): boolean {
  return JSON.stringify(a.groups) === JSON.stringify(b.groups);
}

interface Outcome {
  hits: SearchHit[];
  mode: SearchResult['mode'];
  terms: string[];
  notices: SearchNotice[];
}

/**
 * Searches passages in one pipeline: parse → bound → plan → candidates → rerank →
 * snippets (for the returned page only). A pasted passage (long text) is located by its
 * phrases first. Every word must match; when that finds fewer than `fallbackBelow`
 * passages and the query has more than one word (after splitting Chinese runs into
 * words), any word may, ranked by how many match — the strict candidates are kept, not
 * searched again, and only the chosen candidates are reranked, once. `budget` is checked
 * between stages and while reranking; when it runs out the result is what was found,
 * marked partial. `didYouMean` is left empty for the caller to fill.
 */
export function searchPassages(
  statements: SearchStatements,
  synonyms: SynonymIndex,
  input: { query: string; limit?: number },
  budget: Budget,
): SearchResult {
  const limit = Math.min(Math.max(1, Math.floor(input.limit ?? defaultLimit)), maxSearchHits);
  const done = (o: Outcome): SearchResult => {
    const notices = budget.exhausted
      ? [...o.notices, { code: 'time-budget' as const, budgetMs: budget.ms }]
      : o.notices;
    return { hits: o.hits, mode: o.mode, terms: o.terms, didYouMean: [], partial: budget.exhausted, notices };
  };
  if (input.query.trim() === '') return done({ hits: [], mode: 'none', terms: [], notices: [] });
  const pasted = findPastedPassage(statements, input.query, limit, budget);
  if (pasted) return done(pasted);
  const bounded = boundQuery(parseQuery(input.query));
  const notices: SearchNotice[] = [
    ...ignoredDates(bounded.parsed),
    ...(bounded.dropped > 0
      ? [{ code: 'terms-dropped' as const, kept: countTerms(bounded.parsed), dropped: bounded.dropped }]
      : []),
  ];
  const parsed = bounded.parsed;
  if (parsed.clauses) {
    const found = searchClauses(statements, planStrict(parsed, synonyms), limit, budget);
    if (found) return done({ ...found, notices });
    // No passage has that number: the words as typed, "Article" and "10" included.
    const asWords = boundQuery(parseQuery(input.query, { clauses: false }));
    return done(withNotices(searchWords(statements, synonyms, asWords.parsed, limit, budget), notices));
  }
  return done(withNotices(searchWords(statements, synonyms, parsed, limit, budget), notices));
}

function withNotices(o: Outcome, notices: readonly SearchNotice[]): Outcome {
  return { ...o, notices: [...notices, ...o.notices] };
}

/** A `date:` value that names no date is ignored, and the results say so. */
function ignoredDates(parsed: ParsedQuery): SearchNotice[] {
  return (parsed.filters.badDates ?? []).map((value) => ({ code: 'date-ignored' as const, value }));
}

function countTerms(parsed: ParsedQuery): number {
  return parsed.groups.reduce((n, g) => n + g.terms.length, 0) + parsed.excluded.length + parsed.filters.docs.length;
}

/**
 * A query naming clause numbers: the passages with one of those numbers (and the kind
 * the query names), those matching more of the other words first, where a word in the
 * document title counts ("反洗钱法 第十条" puts article 10 of the AML law first). With
 * no other words (or filters only), they come in library order. Null when no passage
 * has any of the numbers.
 */
function searchClauses(
  statements: SearchStatements,
  plan: PlannedQuery,
  limit: number,
  budget: Budget,
): Omit<Outcome, 'notices'> | null {
  const seqs = statements.numberedPassages(plan.clauses ?? [], filtersOf(plan));
  if (seqs.length === 0) return null;
  const compiled = compilePlan(plan, null, true);
  const match = toFtsQuery(plan, { mode: 'any', columns: clauseColumns });
  const ranked = match === null ? [] : statements.candidatesWithin(match, seqs, poolSize(limit));
  const candidates: Candidate[] = [...ranked];
  // The rest in library order, unless a doc: filter or an excluded word had to hold.
  if (ranked.length < limit && (match === null || (plan.filters.docs.length === 0 && plan.excluded.length === 0))) {
    const seen = new Set(ranked.map((c) => c.seq));
    for (const seq of seqs) {
      if (candidates.length >= limit) break;
      if (!seen.has(seq)) candidates.push({ seq, bm: 0 });
    }
  }
  const rows = statements.passageRows(candidates.map((c) => c.seq));
  const best = rerank(ranked, rows, compiled, limit, budget);
  const rest = rerank(candidates.slice(ranked.length), rows, compiled, limit - best.length, budget);
  const hits = [...best, ...rest];
  if (hits.length === 0) return null;
  return { hits, mode: 'all', terms: planTerms(plan) };
}

function searchWords(
  statements: SearchStatements,
  synonyms: SynonymIndex,
  parsed: ParsedQuery,
  limit: number,
  budget: Budget,
): Outcome {
  const strict = planStrict(parsed, synonyms);
  const strictCandidates = candidatesOf(statements, strict, 'all', limit, budget);
  if (strictCandidates === null) {
    return { hits: [], mode: 'none', terms: [], notices: [{ code: 'nothing-to-search' }] };
  }
  const strictFound = Math.min(strictCandidates.length, limit);
  const rankStrict = (): Outcome => {
    const rows = statements.passageRows(strictCandidates.map((c) => c.seq));
    const hits = rerank(strictCandidates, rows, compilePlan(strict), limit, budget);
    return { hits, mode: hits.length > 0 ? 'all' : 'none', terms: planTerms(strict), notices: [] };
  };
  // One word (or one Chinese run) that is found at all is not diluted by its parts.
  const enough = strictFound >= fallbackBelow || (strictFound > 0 && parsed.groups.length < 2);
  if (enough || budget.expired()) return rankStrict();
  const relaxed = planRelaxed(parsed, synonyms);
  if (relaxed.groups.length < 2 && sameGroups(strict, relaxed)) return rankStrict();
  const anyCandidates = candidatesOf(statements, relaxed, 'any', limit, budget) ?? [];
  if (Math.min(anyCandidates.length, limit) <= strictFound) return rankStrict();
  // The passages with every word stay first among the candidates; nothing is searched twice.
  const candidates = union([...strictCandidates], anyCandidates);
  const compiled = compilePlan(relaxed, groupWeights(statements, relaxed, budget));
  const hits = rerank(candidates, statements.passageRows(candidates.map((c) => c.seq)), compiled, limit, budget);
  return {
    hits,
    mode: 'any',
    terms: planTerms(relaxed),
    notices: [{ code: 'any-word-fallback', allWordsHits: strictFound }],
  };
}
