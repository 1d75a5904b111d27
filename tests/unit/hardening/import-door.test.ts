import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPathAllowList } from '../../../electron/core/import/path-allow-list';
import { workerRunner } from '../../../electron/core/import/worker-runner';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

/** An allowed folder holding one note, and a secret beside it (outside). */
function layout() {
  const root = tempDir();
  const allowed = path.join(root, 'allowed');
  const secret = path.join(root, 'secret.txt');
  mkdirSync(allowed);
  writeFileSync(path.join(allowed, 'note.md'), '# Note\n\nText.\n');
  writeFileSync(secret, 'private');
  return { root, allowed, secret };
}

describe('the import door of folio serve --allow DIR', () => {
  it('lets a file inside the allowed folder through, as its real path', async () => {
    const { allowed } = layout();
    const list = createPathAllowList([allowed]);
    await expect(list.check([path.join(allowed, 'note.md')])).resolves.toEqual([path.join(allowed, 'note.md')]);
  });

  it.each([
    ['/etc/passwd', () => '/etc/passwd'],
    ['/proc/self/cwd', () => '/proc/self/cwd'],
    ['a path climbing out with ..', (allowed: string) => path.join(allowed, '..', '..')],
    ['a path climbing out with .. written literally', (allowed: string) => `${allowed}/../secret.txt`],
    ['a relative path', () => '../..'],
  ])('refuses %s with PATH_NOT_ALLOWED', async (_label, make) => {
    const { allowed } = layout();
    const list = createPathAllowList([allowed]);
    await expect(list.check([make(allowed)])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' });
  });

  it('refuses a symlink inside the allowed folder that points out of it', async () => {
    const { allowed, secret } = layout();
    symlinkSync(secret, path.join(allowed, 'link.txt'));
    const list = createPathAllowList([allowed]);
    await expect(list.check([path.join(allowed, 'link.txt')])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' });
  });

  it('refuses everything when no folder was allowed', async () => {
    const { allowed } = layout();
    await expect(createPathAllowList([]).check([allowed])).rejects.toMatchObject({
      code: 'PATH_NOT_ALLOWED',
      message: expect.stringContaining('folio serve --allow DIR'),
    });
  });

  it('passes a missing path inside the allowed folder on, so the import reports it missing', async () => {
    const { allowed } = layout();
    const missing = path.join(allowed, 'gone.md');
    await expect(createPathAllowList([allowed]).check([missing])).resolves.toEqual([missing]);
  });
});

describe('imports on a worker thread', () => {
  it('work when the process was started from another directory', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'note.md'), '# Note\n\nText.\n');
    const before = process.cwd();
    process.chdir(os.tmpdir());
    try {
      const outcome = await workerRunner(tempDir())([folder], () => {});
      expect(outcome.report).toMatchObject({ added: 1, failed: 0 });
    } finally {
      process.chdir(before);
    }
  });
});
