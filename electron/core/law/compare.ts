import type { ComparedArticle, CompareStatus, Passage } from '../../../shared/model';
import { compareStatuses } from '../../../shared/model';

/** Below this likeness (Dice over character pairs) two articles are a removal and an addition, not one change. */
export const changedAtLeast = 0.5;

/** Passage kinds compared clause by clause (unnumbered paragraphs such as history lines are not). */
const comparedKinds = new Set(['article', 'recital', 'section', 'faq']);

/**
 * The text as compared: a formatting-only change is no change. NFKC folds full-width
 * punctuation (`：` → `:`); all whitespace, blank lines included, is dropped.
 */
export function comparableText(passage: Pick<Passage, 'title' | 'text'>): string {
  return `${passage.title ?? ''}\u0000${passage.text}`.normalize('NFKC').replace(/\s+/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient over character pairs: 1 = same pairs, 0 = nothing shared. */
export function likeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const count of x.values()) total += count;
  for (const count of y.values()) total += count;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

export interface ArticleComparison {
  articles: ComparedArticle[];
  counts: Record<CompareStatus, number>;
}

/**
 * Compares two versions clause by clause. Same text, same number: unchanged; same text,
 * another number: renumbered (never a removal plus an addition); otherwise the most alike
 * pairs (at least `changedAtLeast`) are changed; the rest removed or added. Every article
 * of the older version appears once, in its order, then the added ones in the newer order.
 */
export function compareArticles(older: readonly Passage[], newer: readonly Passage[]): ArticleComparison {
  const from = older.filter((p) => comparedKinds.has(p.kind));
  const to = newer.filter((p) => comparedKinds.has(p.kind));
  const fromText = from.map(comparableText);
  const toText = to.map(comparableText);
  const match: (number | undefined)[] = new Array(from.length).fill(undefined);
  const taken = new Set<number>();

  // Same text and number, then same text anywhere (renumbered).
  const byText = new Map<string, number[]>();
  toText.forEach((text, j) => {
    byText.set(text, [...(byText.get(text) ?? []), j]);
  });
  const takeSameText = (i: number, sameNumber: boolean) => {
    const candidates = (byText.get(fromText[i] as string) ?? []).filter((j) => !taken.has(j));
    const j = sameNumber ? candidates.find((k) => to[k]?.number === from[i]?.number) : candidates[0];
    if (j !== undefined) {
      match[i] = j;
      taken.add(j);
    }
  };
  for (let i = 0; i < from.length; i++) takeSameText(i, true);
  for (let i = 0; i < from.length; i++) if (match[i] === undefined) takeSameText(i, false);

  // The most alike remaining pairs become changes.
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < from.length; i++) {
    if (match[i] !== undefined) continue;
    for (let j = 0; j < to.length; j++) {
      if (taken.has(j)) continue;
      const score = likeness(fromText[i] as string, toText[j] as string);
      if (score >= changedAtLeast) pairs.push({ i, j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  const similarity = new Map<number, number>();
  for (const pair of pairs) {
    if (match[pair.i] !== undefined || taken.has(pair.j)) continue;
    match[pair.i] = pair.j;
    taken.add(pair.j);
    similarity.set(pair.i, pair.score);
  }

  const articles: ComparedArticle[] = from.map((a, i) => {
    const j = match[i];
    const base = {
      ...(a.number ? { number: a.number } : {}),
      kind: a.kind,
      fromText: a.text,
      fromPassageId: a.id,
    };
    if (j === undefined) return { ...base, status: 'removed' as const };
    const b = to[j] as Passage;
    const target = { toText: b.text, toPassageId: b.id, ...(b.number ? { to: b.number } : {}) };
    const score = similarity.get(i);
    if (score !== undefined) return { ...base, ...target, status: 'changed' as const, similarity: round(score) };
    if (b.number === a.number) return { ...base, toText: b.text, toPassageId: b.id, status: 'unchanged' as const };
    return { ...base, ...target, status: 'renumbered' as const };
  });
  to.forEach((b, j) => {
    if (taken.has(j)) return;
    articles.push({
      ...(b.number ? { number: b.number } : {}),
      kind: b.kind,
      status: 'added',
      toText: b.text,
      toPassageId: b.id,
    });
  });
  const counts = Object.fromEntries(compareStatuses.map((s) => [s, 0])) as Record<CompareStatus, number>;
  for (const a of articles) counts[a.status]++;
  return { articles, counts };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
