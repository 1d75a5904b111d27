import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/core/db/open';
import { rebuildLibrary } from '../../../electron/core/import/rebuild-library';
import { folio } from '../../support/cli';
import { openTestService, resourcesDir } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { writeStatutes } from './statutes';

const tempDir = tempDirsCleanedAfterEachTest();

describe('rebuilding the library from its sources', () => {
  it('re-imports the files a damaged library names, keeping the damaged file byte for byte', async () => {
    const folder = tempDir();
    writeStatutes(folder, 3, 10);
    const data = tempDir();
    const service = await openTestService(data);
    await service.importNow([folder], () => {});
    service.db.exec('CREATE TABLE ballast (x TEXT)');
    const insert = service.db.prepare('INSERT INTO ballast VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(4_000));
    await service.close();
    const file = path.join(data, databaseFileName);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const lastPage = Math.floor(bytes.length / pageSize) - 2;
    bytes.fill(0x5a, lastPage * pageSize, lastPage * pageSize + 64);
    writeFileSync(file, bytes);
    await expect(openTestService(data)).rejects.toMatchObject({ code: 'LIBRARY_DAMAGED' });

    const outcome = await rebuildLibrary(data, resourcesDir);
    expect(outcome.report).toMatchObject({ added: 4, failed: 0 });
    expect(outcome.missing).toEqual([]);
    expect(readFileSync(outcome.setAside!).equals(bytes)).toBe(true);
    const reopened = await openTestService(data);
    const info = await reopened.api.libraryInfo({});
    await reopened.close();
    expect(info.documents).toBeGreaterThanOrEqual(4);
  });

  it('folio rebuild turns a 0-byte library into the embedded one, keeping the empty file', () => {
    const data = tempDir();
    writeFileSync(path.join(data, databaseFileName), '');
    const run = folio(['rebuild', '--json', '--data', data]);
    expect(run.status).toBe(0);
    const outcome = JSON.parse(run.stdout) as { setAside: string; report: { added: number } };
    expect(outcome.report.added).toBe(1);
    expect(statSync(outcome.setAside).size).toBe(0);
  });
});
