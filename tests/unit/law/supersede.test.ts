import { describe, expect, it } from 'vitest';
import { hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { aml2006, aml2024, docIdBySource, libraryOf } from './library';

const tempDir = tempDirsCleanedAfterEachTest();

describe.skipIf(!hasCorpus)(`two dated versions of the same law (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  for (const [order, files] of [
    ['older first', [aml2006, aml2024]],
    ['newer first', [aml2024, aml2006]],
  ] as const) {
    it(`marks 反洗钱法 2006 superseded and 2024 in force (${order})`, async () => {
      const service = await libraryOf(tempDir(), files);
      const docs = await service.api.listDocuments({});
      const status = Object.fromEntries(docs.map((d) => [d.sourceName, d.status]));
      await service.close();
      expect(status).toEqual({ '反洗钱法(2006-10-31).md': 'superseded', '反洗钱法(2024-11-08).md': 'in-force' });
    });

    it(`links the superseded one to its successor and back (${order})`, async () => {
      const service = await libraryOf(tempDir(), files);
      const older = await docIdBySource(service, '反洗钱法(2006-10-31).md');
      const newer = await docIdBySource(service, '反洗钱法(2024-11-08).md');
      const a = await service.api.getDocument({ id: older });
      const b = await service.api.getDocument({ id: newer });
      await service.close();
      expect(a.relations).toEqual([
        { type: 'superseded-by', target: '中华人民共和国反洗钱法 (2024-11-08)', targetDocId: newer },
      ]);
      expect(b.relations).toEqual([
        { type: 'supersedes', target: '中华人民共和国反洗钱法 (2006-10-31)', targetDocId: older },
      ]);
    });
  }

  it('lists both versions, oldest first, on either document', async () => {
    const service = await libraryOf(tempDir(), [aml2024, aml2006]);
    const older = await docIdBySource(service, '反洗钱法(2006-10-31).md');
    const newer = await docIdBySource(service, '反洗钱法(2024-11-08).md');
    const doc = await service.api.getDocument({ id: newer });
    await service.close();
    expect(doc.versions).toEqual([
      { ref: older, docId: older, version: 1, date: '2006-10-31', current: false },
      { ref: '1', docId: newer, version: 1, date: '2024-11-08', current: true },
    ]);
  });

  it('status:in-force leaves the superseded version out of the hits', async () => {
    const service = await libraryOf(tempDir(), [aml2006, aml2024]);
    const newer = await docIdBySource(service, '反洗钱法(2024-11-08).md');
    const result = await service.api.search({ query: '反洗钱 status:in-force', limit: 200 });
    await service.close();
    expect(new Set(result.hits.map((h) => h.docId))).toEqual(new Set([newer]));
  });

  it('marks hits from the superseded version', async () => {
    const service = await libraryOf(tempDir(), [aml2006, aml2024]);
    const older = await docIdBySource(service, '反洗钱法(2006-10-31).md');
    const result = await service.api.search({ query: '客户身份资料', limit: 200 });
    await service.close();
    const statuses = new Set(result.hits.map((h) => `${h.docId === older}:${h.docStatus ?? 'in-force'}`));
    expect(statuses).toEqual(new Set(['true:superseded', 'false:in-force']));
  });
});
