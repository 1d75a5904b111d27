import { maxQueryTerms } from '../../../../shared/limits';
import type { SynonymGroups } from '../../../../shared/model';
import { tokenKey } from '../text/tokens';
import { segmentWords } from './segment';
import { isStopWord } from './stopwords';
import { termPieces } from './term-text';
import type { ParsedQuery, QueryGroup, QueryTerm } from './types';

/** A group the engine searches: its terms, and which of them the user typed (not synonyms). */
export interface PlannedGroup extends QueryGroup {
  typed: QueryTerm[];
}

export interface PlannedQuery extends Omit<ParsedQuery, 'groups'> {
  groups: PlannedGroup[];
  /** The words as typed (stop words included) when there are two or more: ranked up when adjacent. */
  typedPhrase: QueryTerm | null;
}

/** Comparison key of a term: stemmed words and CJK runs, space-joined ("rate limits" → "rate limit"). */
export function termKey(text: string): string {
  return termPieces(text)
    .map((p) => (p.cjk ? p.text : tokenKey(p.text)))
    .join(' ');
}

/** Synonym groups indexed by the key of each member. */
export class SynonymIndex {
  private readonly byKey = new Map<string, QueryTerm[]>();
  readonly longest: number;

  constructor(groups: SynonymGroups) {
    let longest = 1;
    for (const group of groups) {
      const members = group.map((m): QueryTerm => {
        const text = m.trim().replace(/\s+/g, ' ');
        return { text, phrase: termPieces(text).length > 1, prefix: false };
      });
      for (const m of members) {
        const key = termKey(m.text);
        if (!key) continue;
        longest = Math.max(longest, key.split(' ').length);
        const list = this.byKey.get(key) ?? [];
        for (const other of members) if (!list.some((x) => x.text === other.text)) list.push(other);
        this.byKey.set(key, list);
      }
    }
    this.longest = longest;
  }

  lookup(key: string): QueryTerm[] | undefined {
    return this.byKey.get(key);
  }
}

/** A term's words and CJK runs without the punctuation around them ("limit?" → "limit"). */
function plainText(text: string): string {
  return termPieces(text)
    .map((p) => p.text)
    .join(' ');
}

function plainWord(g: QueryGroup): QueryTerm | null {
  const t = g.terms[0];
  return g.terms.length === 1 && t && !t.phrase && !t.prefix ? t : null;
}

/** Replaces runs of words (or a quoted phrase) that name a synonym with the whole group. */
function expand(groups: readonly QueryGroup[], synonyms: SynonymIndex): PlannedGroup[] {
  const out: PlannedGroup[] = [];
  let i = 0;
  while (i < groups.length) {
    const g = groups[i]!;
    let matched = false;
    for (let n = Math.min(synonyms.longest, groups.length - i); n >= 1 && !matched; n--) {
      const run = groups.slice(i, i + n);
      const words = n === 1 && g.terms.length === 1 ? [g.terms[0]!] : run.map(plainWord);
      if (words.some((w) => w === null)) continue;
      const typedText = (words as QueryTerm[]).map((w) => plainText(w.text)).join(' ');
      const members = synonyms.lookup(termKey(typedText));
      if (!members) continue;
      const typed: QueryTerm = n === 1 ? g.terms[0]! : { text: typedText, phrase: false, prefix: false, loose: true };
      out.push({ terms: [typed, ...members.filter((m) => termKey(m.text) !== termKey(typed.text))], typed: [typed] });
      i += n;
      matched = true;
    }
    if (!matched) {
      out.push({ terms: [...g.terms], typed: [...g.terms] });
      i++;
    }
  }
  return out;
}

function isStopGroup(g: PlannedGroup): boolean {
  return g.terms.length === 1 && !g.terms[0]!.phrase && isStopWord(g.terms[0]!.text);
}

/**
 * The strict plan: synonyms expanded, stop words dropped (unless nothing else is left).
 * CJK runs stay whole, so a Chinese query finds exactly the passages containing it.
 */
export function planStrict(parsed: ParsedQuery, synonyms: SynonymIndex): PlannedQuery {
  const expanded = expand(parsed.groups, synonyms);
  const kept = expanded.filter((g) => !isStopGroup(g));
  return { ...parsed, groups: kept.length > 0 ? kept : expanded, typedPhrase: typedPhrase(parsed) };
}

function typedPhrase(parsed: ParsedQuery): QueryTerm | null {
  const words = parsed.groups.map((g) => (g.terms.length === 1 && !g.terms[0]!.prefix ? g.terms[0]! : null));
  if (words.length < 2 || words.some((w) => w === null)) return null;
  const text = words.map((w) => plainText(w!.text)).join(' ');
  return { text, phrase: true, prefix: false };
}

/** The plan with synonyms left out: what the user typed, for ranking. */
export function typedOnly(plan: PlannedQuery): PlannedQuery {
  return { ...plan, groups: plan.groups.map((g) => ({ terms: g.typed, typed: g.typed })) };
}

export function hasSynonyms(plan: PlannedQuery): boolean {
  return plan.groups.some((g) => g.terms.length > g.typed.length);
}

/**
 * The relaxed plan used when the strict one finds too little: long CJK runs are split
 * into dictionary words (stop words dropped), each word a group of its own; the engine
 * then matches any group and ranks by how many match.
 */
export function planRelaxed(parsed: ParsedQuery, synonyms: SynonymIndex): PlannedQuery {
  const groups: QueryGroup[] = [];
  for (const g of parsed.groups) {
    const t = g.terms[0]!;
    if (g.terms.length === 1 && !t.phrase && !t.prefix && /^\p{Script=Han}{3,}$/u.test(t.text)) {
      for (const w of segmentWords(t.text)) groups.push({ terms: [{ text: w, phrase: false, prefix: false }] });
    } else if (g.terms.some((x) => x.literal)) {
      // 429错误 written where the text has "429 错误": its parts side by side, still in order.
      groups.push({ terms: g.terms.map(({ literal: _, ...x }) => x) });
    } else {
      groups.push(g);
    }
  }
  const plan = planStrict({ ...parsed, groups: distinctGroups(groups).slice(0, maxQueryTerms) }, synonyms);
  return { ...plan, groups: plan.groups.map(withPrefix), typedPhrase: typedPhrase(parsed) };
}

/** Groups without repeats (a run of 测测测… segments into the same word many times). */
function distinctGroups(groups: readonly QueryGroup[]): QueryGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = JSON.stringify(g.terms);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A lone typed word of five letters or more also as a prefix: "config" then finds "configuration" (stem "configur"). */
function withPrefix(g: PlannedGroup): PlannedGroup {
  const t = g.terms[0]!;
  if (g.terms.length !== 1 || t.phrase || t.prefix || !/^[a-z]{5,}$/i.test(t.text)) return g;
  const both = [t, { ...t, prefix: true }];
  return { terms: both, typed: both };
}

/** Every term a plan looks for, without repeats (for SearchResult.terms). */
export function planTerms(plan: PlannedQuery): string[] {
  const seen = new Set<string>();
  for (const g of plan.groups) for (const t of g.terms) seen.add(t.text);
  return [...seen];
}
