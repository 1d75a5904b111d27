import type { DocumentSummary } from '../../../shared/model';

/** Below this many documents the library shows no filter box. */
export const filterFrom = 9;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The documents whose title or number contains every word of the filter, in library order.
 *
 * @example filterDocuments(docs, '反洗钱') // the anti-money-laundering laws
 */
export function filterDocuments(docs: readonly DocumentSummary[], filter: string): DocumentSummary[] {
  const words = fold(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...docs];
  return docs.filter((d) => {
    const text = fold(`${d.title} ${d.docNumber ?? ''}`);
    return words.every((w) => text.includes(w));
  });
}
