import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { collectFiles } from '../../../electron/core/import/collect-files';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const faq = '# Keys\n\n## What is an API key?\n\nA secret that identifies the caller.\n';

async function importFolder(folder: string) {
  const db = openDatabase(tempDir());
  try {
    return await importFiles(db, fromDisk((await collectFiles([folder])).files));
  } finally {
    db.close();
  }
}

describe('importFiles', () => {
  it('imports two copies of one file once, reporting the copy with the original’s counts', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'a.md'), faq);
    copyFileSync(path.join(folder, 'a.md'), path.join(folder, 'b.md'));
    const { report } = await importFolder(folder);
    expect(report.files.map((f) => [path.basename(f.file), f.status, f.documents, f.passages])).toEqual([
      ['a.md', 'added', 1, 1],
      ['b.md', 'unchanged', 1, 1],
    ]);
    expect(report.files[1]!.warnings).toEqual([
      `same content as ${path.join(folder, 'a.md')}, already in the library; not imported twice`,
    ]);
  });

  it('reports a file that cannot be parsed and imports the others', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'a.md'), faq);
    writeFileSync(path.join(folder, 'b.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1]));
    const { report } = await importFolder(folder);
    expect(report.files.map((f) => f.status)).toEqual(['added', 'failed']);
    expect(report.files[1]!.error).toMatch(/^b\.txt: /);
  });
});
