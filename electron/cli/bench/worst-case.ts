import type { FolioSearchEngine } from '../../core/search/create-engine';
import { round } from './stats';

export interface WorstCaseFigure {
  query: string;
  chars: number;
  ms: number;
  hits: number;
  partial: boolean;
}

/** Distinct made-up words (never stop words, never in the library), space-separated, cut to `chars`. */
function distinctWords(chars: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const w = `zq${i.toString(36)}`;
    words.push(w);
    length += w.length + 1;
  }
  return words.join(' ').slice(0, chars);
}

/**
 * Hostile queries (issue 10's list): a 10,000-character query of distinct words, one of
 * library text, and 5,000-fold repetitions. Each should answer within a second.
 */
export function worstCaseQueries(sampleText: string): { label: string; query: string }[] {
  return [
    { label: '10,000 chars of distinct words', query: distinctWords(10_000) },
    { label: '10,000 chars of library text', query: sampleText.slice(0, 10_000) },
    { label: '"a " × 5,000', query: 'a '.repeat(5000) },
    { label: '测 × 10,000', query: '测'.repeat(10_000) },
    { label: '人民 × 5,000', query: '人民'.repeat(5000) },
    { label: '第十条 × 3,333', query: '第十条'.repeat(3333) },
    { label: '"rate limit " × 909', query: 'rate limit '.repeat(909) },
    { label: '法\\u0301', query: '法\u0301' },
    { label: '中国\\u0332人民银行', query: '中国\u0332人民银行' },
  ];
}

/** Times each worst-case query once, asking for as many hits as the app does (1,000). */
export function worstCaseFigures(engine: FolioSearchEngine, sampleText: string): WorstCaseFigure[] {
  return worstCaseQueries(sampleText).map(({ label, query }) => {
    const t = performance.now();
    const result = engine.search({ query, limit: 1000 });
    return {
      query: label,
      chars: query.length,
      ms: round(performance.now() - t, 1),
      hits: result.hits.length,
      partial: result.partial,
    };
  });
}
