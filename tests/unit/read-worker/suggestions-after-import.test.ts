import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKbService } from '../../../electron/core/service';
import { resourcesDir } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

describe('suggestions on the read worker', () => {
  it('offer a document imported after they were loaded, and the serving thread saves the refreshed index', async () => {
    const dataDir = tempDir();
    const file = path.join(tempDir(), 'zebra.md');
    writeFileSync(file, '# Zebra crossing rules\n\n## Stopping\n\nDrivers stop for people on the crossing.\n');
    const service = await createKbService({
      dataDir,
      resourcesDir,
      appVersion: '0.0.0-test',
      importOn: 'worker',
      seedEmptyLibrary: true,
    });
    try {
      expect(await service.api.suggest({ prefix: 'zebra' })).toEqual([]);
      const { changedDocIds } = await service.importNow([file], () => undefined);
      const offered = await service.api.suggest({ prefix: 'zebra' });
      expect(offered.map((s) => [s.text, s.kind, s.docId])).toEqual([
        ['Zebra crossing rules', 'document', changedDocIds[0]],
      ]);
      const saved = service.db.prepare('SELECT doc_versions FROM search_suggest_index WHERE id = 1').get() as {
        doc_versions: string;
      };
      expect(Object.keys(JSON.parse(saved.doc_versions).docs)).toContain(changedDocIds[0]);
    } finally {
      await service.close();
    }
  });
});
