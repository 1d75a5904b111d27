import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../../shared/labels';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

describe('clause labels of the seed notice', () => {
  it('read as the notice writes them: (I)…(IV), (5)…(8), (IX)…(XIV), (15)…(19)', async () => {
    const service = await openTestService(tempDir());
    const docs = await service.api.listDocuments({});
    const notice = docs.find((d) => d.docNumber === 'Yinfa [2026] No. 42');
    const doc = await service.api.getDocument({ id: notice?.id as string });
    await service.close();
    const labels = doc.passages
      .filter((p) => p.kind === 'article')
      .map((p) => clauseLabel(p.kind, p.number, doc.lang, p.label));
    expect(labels).toEqual([
      '(I)',
      '(II)',
      '(III)',
      '(IV)',
      '(5)',
      '(6)',
      '(7)',
      '(8)',
      '(IX)',
      '(X)',
      '(XI)',
      '(XII)',
      '(XIII)',
      '(XIV)',
      '(15)',
      '(16)',
      '(17)',
      '(18)',
      '(19)',
    ]);
  });
});

describe('clause labels of search hits', () => {
  it('carry the label the notice wrote: (IX)', async () => {
    const service = await openTestService(tempDir());
    const result = await service.api.search({ query: 'mining rectification Article 9' });
    await service.close();
    const hit = result.hits.find((h) => h.number === '9' && h.docTitle.startsWith("China's Central Bank"));
    expect(hit?.label).toBe('(IX)');
  });
});
