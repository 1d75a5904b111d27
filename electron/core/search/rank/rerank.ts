import type { SearchHit } from '../../../../shared/model';
import type { Budget } from '../budget';
import { hasSynonyms, type PlannedQuery } from '../query/plan';
import type { QueryTerm } from '../query/types';
import { compileMatcher, locate, type Matcher, type Occurrence } from '../snippet/locate';
import { passageHit } from './passage-hit';
import type { Candidate, PassageRow } from './statements';
import { titleCoverage } from './title-coverage';
import { isWordAligned } from './word-aligned';

interface TermInfo {
  term: QueryTerm;
  group: number;
  typed: boolean;
}

/** The plan's terms compiled for locating them in passage text. */
export interface CompiledPlan {
  groups: number;
  groupWeights: number[];
  terms: TermInfo[];
  matchers: Matcher[];
  /** The typed words as one phrase (id −1), when there are two or more. */
  phrase: Matcher | null;
  hasSynonyms: boolean;
  /** Words found in the document title count towards coverage (clause-number queries). */
  docTitleCovers: boolean;
  /** Every group must match (no group weights): synonym-only matches rank after the typed words' ones. */
  typedFirst: boolean;
}

/** `weights`: per group, how much it counts towards coverage (default: all alike). */
export function compilePlan(
  plan: PlannedQuery,
  weights: readonly number[] | null = null,
  docTitleCovers = false,
): CompiledPlan {
  const terms: TermInfo[] = [];
  const matchers: Matcher[] = [];
  plan.groups.forEach((g, group) => {
    for (const term of g.terms) {
      const m = compileMatcher(term, terms.length);
      if (!m) continue;
      matchers.push(m);
      terms.push({ term, group, typed: g.typed.includes(term) });
    }
  });
  const phrase = plan.typedPhrase ? compileMatcher(plan.typedPhrase, -1, phraseSlop) : null;
  const groupWeights = plan.groups.map((_, i) => weights?.[i] ?? 1);
  return {
    groups: plan.groups.length,
    groupWeights,
    terms,
    matchers,
    phrase,
    hasSynonyms: hasSynonyms(plan),
    docTitleCovers,
    typedFirst: weights === null,
  };
}

/** The typed words count as "a phrase" with up to one other word between each two ("production API keys"). */
const phraseSlop = 1;

/** A passage found only through a synonym of what was typed ranks lower than one with the typed words. */
const synonymOnlyWeight = 0.5;

/** A FAQ entry answers a question: among equal matches it is the likelier answer. */
const faqBoost = 1.15;

const phraseOnly = (o: Occurrence) => o.id === -1;

interface Scored {
  row: PassageRow;
  score: number;
  /** Found through synonyms alone, none of the words as typed. */
  synonymOnly: boolean;
  fields: string[];
  termIds: number[];
  bodyOccurrences: Occurrence[];
}

/** Chinese matches that are not words of their own (央行 inside 中央行政) do not count towards coverage. */
const misalignedWeight = 0;

/** Longer Chinese terms are taken as words without asking the segmenter (they rarely straddle words). */
const alignCheckedUpTo = 3;
/** At most this many occurrences of a term are put to the segmenter per text. */
const alignChecks = 2;

/** Whether each term found stands as a word somewhere in the text (only short CJK terms can fail). */
function alignment(text: string, list: readonly Occurrence[], plan: CompiledPlan): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const tries = new Map<number, number>();
  for (const o of list) {
    if (o.id < 0 || out.get(o.id) === true) continue;
    const substring = plan.terms[o.id]!.term.literal ? undefined : plan.matchers[o.id]!.substring;
    if (substring === undefined || substring.length > alignCheckedUpTo) {
      out.set(o.id, true);
      continue;
    }
    const n = tries.get(o.id) ?? 0;
    if (n >= alignChecks) continue;
    tries.set(o.id, n + 1);
    out.set(o.id, isWordAligned(text, o.start, o.end));
  }
  return out;
}

function scoreOne(c: Candidate, row: PassageRow, plan: CompiledPlan, withPhrase: readonly Matcher[]): Scored {
  const inTitle = row.title ? locate(row.title, withPhrase) : [];
  const inBody = locate(row.text, withPhrase);
  const inNumber = row.number ? locate(row.number, plan.matchers) : [];
  const inDocTitle = locate(row.doc_title, plan.matchers);
  // Per group: 1 when some term of it stands as a word, misalignedWeight when only inside other words.
  const groupWeight = new Map<number, number>();
  const termsIn = new Set<number>();
  const aligned = [alignment(row.title ?? '', inTitle, plan), alignment(row.text, inBody, plan)];
  for (const o of inNumber) aligned.push(new Map([[o.id, true]]));
  if (plan.docTitleCovers) for (const o of inDocTitle) aligned.push(new Map([[o.id, true]]));
  for (const map of aligned) {
    for (const [id, ok] of map) {
      const group = plan.terms[id]!.group;
      termsIn.add(id);
      groupWeight.set(group, Math.max(groupWeight.get(group) ?? 0, ok ? 1 : misalignedWeight));
    }
  }
  const titleGroups = new Set(inTitle.filter((o) => o.id >= 0).map((o) => plan.terms[o.id]!.group));
  const docGroups = new Set(inDocTitle.map((o) => plan.terms[o.id]!.group));
  let covered = 0;
  for (const [group, w] of groupWeight) covered += w * plan.groupWeights[group]!;
  const all = plan.groupWeights.reduce((a, b) => a + b, 0);
  const coverage = all > 0 ? covered / all : 1;
  let factor = coverage * coverage;
  if (inTitle.some(phraseOnly)) factor *= 3;
  else if (inBody.some(phraseOnly)) factor *= 2;
  if (plan.groups > 0 && titleGroups.size === plan.groups) factor *= 1.5;
  if (row.title && titleGroups.size > 0) factor *= 1 + titleCoverage(row.title, inTitle);
  if (row.kind === 'faq') factor *= faqBoost;
  const synonymOnly = plan.hasSynonyms && ![...termsIn].some((id) => plan.terms[id]!.typed);
  if (synonymOnly) factor *= synonymOnlyWeight;
  if (plan.groups > 0) factor *= 1 + (0.5 * docGroups.size) / plan.groups;
  const fields: string[] = [];
  if (inTitle.some((o) => o.id >= 0)) fields.push('title');
  if (inNumber.length > 0) fields.push('number');
  if (inBody.some((o) => o.id >= 0)) fields.push('body');
  if (inDocTitle.length > 0) fields.push('docTitle');
  for (const o of inDocTitle) termsIn.add(o.id);
  return {
    row,
    score: -c.bm * factor,
    synonymOnly,
    fields,
    termIds: [...termsIn].sort((a, b) => a - b),
    bodyOccurrences: inBody,
  };
}

function toHit(s: Scored, plan: CompiledPlan): SearchHit {
  return passageHit(s.row, s.bodyOccurrences, s.score, {
    fields: s.fields,
    terms: [...new Set(s.termIds.map((id) => plan.terms[id]!.term.text))],
  });
}

/**
 * Turns FTS candidates into the best `limit` hits. The score starts from bm25 and is
 * raised for the typed words as an exact phrase (most in a title), for a title holding
 * every group, for words also in the document title, and lowered for passages that
 * match only through synonyms or (in 'any' mode) only some of the groups.
 */
export function rerank(
  candidates: readonly Candidate[],
  rows: ReadonlyMap<number, PassageRow>,
  plan: CompiledPlan,
  limit: number,
  /** Candidates come best-bm25 first: when this runs out, the rest are left unscored. */
  budget: Budget | null = null,
): SearchHit[] {
  const withPhrase = plan.phrase ? [...plan.matchers, plan.phrase] : plan.matchers;
  const scored: Scored[] = [];
  for (const c of candidates) {
    if (budget && scored.length > 0 && budget.expired()) break;
    const row = rows.get(c.seq);
    if (row) scored.push(scoreOne(c, row, plan, withPhrase));
  }
  // When every word must match, a passage with the words as typed comes before one found
  // only through synonyms whatever their bm25: a word in most passages of a small library
  // has next to no weight (FTS5 floors its idf), which would let any synonym outrank it.
  const last = (s: Scored) => (plan.typedFirst && s.synonymOnly ? 1 : 0);
  scored.sort((a, b) => last(a) - last(b) || b.score - a.score || a.row.seq - b.row.seq);
  return scored.slice(0, limit).map((s) => toHit(s, plan));
}
