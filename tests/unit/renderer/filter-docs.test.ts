import { describe, expect, it } from 'vitest';
import { filterDocuments } from '../../../renderer/src/library/filter-docs';
import type { DocumentSummary } from '../../../shared/model';

const doc = (title: string, docNumber?: string): DocumentSummary => ({
  id: title,
  title,
  passages: 1,
  lang: 'en',
  sourceName: 'x',
  version: 1,
  importedAt: '2026-01-01T00:00:00.000Z',
  ...(docNumber ? { docNumber } : {}),
});
const docs = [doc('中华人民共和国反洗钱法'), doc('RWA notice', 'Yinfa [2026] No. 42'), doc('GDPR')];

describe('filterDocuments', () => {
  it('keeps documents whose title has every word, case-insensitively', () => {
    expect(filterDocuments(docs, 'rwa NOTICE').map((d) => d.title)).toEqual(['RWA notice']);
  });
  it('matches the document number too', () => {
    expect(filterDocuments(docs, 'yinfa 2026').map((d) => d.title)).toEqual(['RWA notice']);
  });
  it('matches Chinese titles by substring', () => {
    expect(filterDocuments(docs, '反洗钱').map((d) => d.title)).toEqual(['中华人民共和国反洗钱法']);
  });
  it('keeps everything for an empty filter', () => {
    expect(filterDocuments(docs, '  ')).toHaveLength(3);
  });
});
