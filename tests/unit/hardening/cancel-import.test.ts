import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { folioAsync } from '../../support/cli';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { assertWholeDocuments, writeStatutes } from './statutes';

const tempDir = tempDirsCleanedAfterEachTest();
const fileCount = 120;

describe('cancelling an import', () => {
  it('cancelImport stops the job between files; what was written is whole, the rest absent', async () => {
    const folder = tempDir();
    writeStatutes(folder, fileCount, 150);
    const data = tempDir();
    const service = await openTestService(data, false);
    const { jobId } = await service.api.startImport({ paths: [folder] });
    await new Promise<void>((resolve) => {
      const poll = setInterval(async () => {
        if ((await service.api.importStatus({ jobId })).filesDone >= 30) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    await service.api.cancelImport({ jobId });
    await service.close();
    const db = openDatabase(data);
    const documents = await assertWholeDocuments(db);
    db.close();
    expect(documents).toBeGreaterThanOrEqual(30);
    expect(documents).toBeLessThan(fileCount);
  });

  it('reports a cancelled job as failed with the CANCELLED code', async () => {
    const folder = tempDir();
    writeStatutes(folder, 40, 150);
    const service = await openTestService(tempDir(), false);
    const { jobId } = await service.api.startImport({ paths: [folder] });
    await service.api.cancelImport({ jobId });
    let status = await service.api.importStatus({ jobId });
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await service.api.importStatus({ jobId });
    }
    await service.close();
    expect(status).toMatchObject({ state: 'failed', errorCode: 'CANCELLED' });
  });

  it('folio import stops on SIGINT with exit code 130, leaving whole documents', async () => {
    const folder = tempDir();
    writeStatutes(folder, fileCount, 150);
    const data = tempDir();
    const child = folioAsync(['import', folder, '--data', data]);
    await new Promise<void>((resolve) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if ([...seen.matchAll(/Importing (\d+)\//g)].some((m) => Number(m[1]) >= 30)) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    const db = openDatabase(data);
    const documents = await assertWholeDocuments(db);
    db.close();
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThan(fileCount);
  });
});
