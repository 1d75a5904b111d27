import { describe, expect, it } from 'vitest';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { assertWholeDocuments, writeStatutes } from './statutes';

const tempDir = tempDirsCleanedAfterEachTest();
/** Free pages left when the "disk" fills: far less than the second folder needs. */
const headroomPages = 40;

describe('the disk filling up during an import', () => {
  it('rolls the chunk back, says so with DISK_FULL, keeps reading, and imports once space is freed', async () => {
    const first = tempDir();
    const second = tempDir();
    writeStatutes(first, 5, 30);
    writeStatutes(second, 40, 100, 4);
    const service = await openTestService(tempDir(), false);
    try {
      await service.importNow([first], () => {});
      const pages = service.db.pragma('page_count', { simple: true }) as number;
      service.db.pragma(`max_page_count = ${pages + headroomPages}`);

      const full = await service.importNow([second], () => {});
      expect(full.stopped).toEqual({
        code: 'DISK_FULL',
        message: 'The disk is full: the change was rolled back. Free some space and try again.',
      });
      expect(full.report.added).toBe(0);
      expect(await assertWholeDocuments(service.db)).toBe(5);
      const hits = await service.api.search({ query: '测试法规' });
      expect(hits.hits.length).toBeGreaterThan(0);

      service.db.pragma('max_page_count = 1073741823');
      const again = await service.importNow([second], () => {});
      expect(again.report).toMatchObject({ added: 40, failed: 0 });
      expect(await assertWholeDocuments(service.db)).toBe(45);
    } finally {
      await service.close();
    }
  });
});
