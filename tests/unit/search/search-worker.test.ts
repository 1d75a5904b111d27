import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchWorker } from '../../../electron/core/search/worker/search-worker';
import { createKbService, type KbService } from '../../../electron/core/service';
import { resourcesDir } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

describe('search on a worker thread (the app and the bridge)', () => {
  let dir: string;
  let service: KbService;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'folio-search-worker-'));
    service = await createKbService({
      dataDir: dir,
      resourcesDir,
      appVersion: '0.0.0-test',
      importOn: 'worker',
      seedEmptyLibrary: true,
    });
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers as the engine on this thread does', async () => {
    const { createSearchEngine } = await import('../../../electron/core/search/create-engine');
    const here = createSearchEngine(service.db, { dataDir: null }).search({ query: 'rate limits' });
    const there = await service.api.search({ query: 'rate limits' });
    expect(there.hits.map((h) => h.passageId)).toEqual(here.hits.map((h) => h.passageId));
  });
  it('still offers "did you mean" (from the read worker\'s suggestion index)', async () => {
    expect((await service.api.search({ query: 'stablecoinn' })).didYouMean.length).toBeGreaterThan(0);
  });
});

describe('a stuck search', () => {
  const tempDir = tempDirsCleanedAfterEachTest();
  it('is cut off after its time: the call fails with CANCELLED and a new worker answers the next', async () => {
    const dir = tempDir();
    const service = await createKbService({
      dataDir: dir,
      resourcesDir,
      appVersion: '0.0.0-test',
      importOn: 'this-thread',
      seedEmptyLibrary: true,
    });
    await service.close();
    const impatient = new SearchWorker(dir, [], 1);
    await expect(impatient.search({ query: 'rate limits' })).rejects.toMatchObject({ code: 'CANCELLED' });
    await impatient.close();
    const patient = new SearchWorker(dir, []);
    expect((await patient.search({ query: 'rate limits' })).hits.length).toBeGreaterThan(0);
    await patient.close();
  });
});
