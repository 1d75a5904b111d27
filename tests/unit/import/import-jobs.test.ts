import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKbService } from '../../../electron/core/service';
import type { KbApi } from '../../../shared/api';
import type { ImportProgress } from '../../../shared/model';
import { seedPath } from '../../support/corpus';
import { resourcesDir } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

/** The real core on an empty library, importing on a worker thread as the app does. */
function openWorkerService() {
  return createKbService({
    dataDir: tempDir(),
    resourcesDir,
    appVersion: 'test',
    importOn: 'worker',
    seedEmptyLibrary: false,
  });
}

async function pollUntilEnded(api: KbApi, jobId: string): Promise<ImportProgress[]> {
  const seen: ImportProgress[] = [];
  for (;;) {
    const status = await api.importStatus({ jobId });
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('import jobs on a worker thread', () => {
  it('import a folder, report progress and end with a per-file report', async () => {
    const folder = tempDir();
    mkdirSync(path.join(folder, 'notes'));
    copyFileSync(seedPath, path.join(folder, 'page.txt'));
    writeFileSync(
      path.join(folder, 'notes', 'faq.md'),
      '# Keys\n\n## What is an API key?\n\nA secret that identifies the caller.\n',
    );
    writeFileSync(path.join(folder, 'notes', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
    const service = await openWorkerService();
    try {
      const { jobId } = await service.api.startImport({ paths: [folder] });
      const seen = await pollUntilEnded(service.api, jobId);
      const last = seen.at(-1)!;
      expect(last.state).toBe('done');
      expect(last.filesDone).toBe(3);
      expect(last.filesTotal).toBe(3);
      expect(last.report).toMatchObject({ added: 2, failed: 1 });
      expect(last.report!.files.find((f) => f.status === 'failed')!.error).toContain('broken.txt');
      expect((await service.api.listDocuments({})).length).toBe(3);
    } finally {
      await service.close();
    }
  });

  it('report a path that does not exist as a failed job with its name', async () => {
    const service = await openWorkerService();
    try {
      const { jobId } = await service.api.startImport({ paths: ['/no/such/folder'] });
      const last = (await pollUntilEnded(service.api, jobId)).at(-1)!;
      expect(last).toMatchObject({ state: 'failed', error: '/no/such/folder: no such file or folder' });
    } finally {
      await service.close();
    }
  });
});

describe('an import naming one missing path among real ones', () => {
  it('imports the rest and lists the missing path as a failed file', async () => {
    const service = await openWorkerService();
    try {
      const { jobId } = await service.api.startImport({ paths: [seedPath, '/no/such/file.md'] });
      const last = (await pollUntilEnded(service.api, jobId)).at(-1)!;
      expect(last.state).toBe('done');
      expect(last.report).toMatchObject({ added: 1, failed: 1 });
      expect(last.report!.files.at(-1)).toMatchObject({
        file: '/no/such/file.md',
        error: '/no/such/file.md: no such file or folder',
      });
    } finally {
      await service.close();
    }
  });
});

describe('listImports', () => {
  it('lists every import, newest first, whoever started it', async () => {
    const service = await openWorkerService();
    try {
      const first = await service.api.startImport({ paths: [seedPath] });
      const second = await service.api.startImport({ paths: ['/no/such/folder'] });
      await pollUntilEnded(service.api, second.jobId);
      const listed = await service.api.listImports({});
      expect(listed.map((j) => [j.jobId, j.state])).toEqual([
        [second.jobId, 'failed'],
        [first.jobId, 'done'],
      ]);
    } finally {
      await service.close();
    }
  });
});
