import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

function law(n: number): string {
  return `第${n}号办法\n\n第一条 为了规范第${n}项业务，制定本办法。\n\n第二条 本办法自公布之日起施行。\n`;
}

/** A folder of laws with a byte copy, a GBK copy of one text, and an empty file: every report kind. */
function mixedFolder(): string[] {
  const folder = tempDir();
  const files: [string, Uint8Array | string][] = [
    ...Array.from({ length: 6 }, (_, i): [string, string] => [`law-${i}.txt`, law(i)]),
    ['copy-of-law-0.txt', law(0)],
    ['law-1-gbk.txt', iconv.encode(law(1), 'gbk')],
    ['empty.md', ''],
  ];
  return files.map(([name, bytes]) => {
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    return file;
  });
}

function passagesOf(db: Database.Database): unknown[] {
  return db
    .prepare(
      `SELECT d.source_name, p.ordinal, p.kind, p.text FROM passages p JOIN documents d ON d.current_version_id = p.version_id
       ORDER BY d.source_name, p.ordinal`,
    )
    .all();
}

async function importWith(files: string[], parseWorker: boolean) {
  const db = openDatabase(tempDir());
  try {
    const { report } = await importFiles(db, fromDisk(files), undefined, { parseWorker });
    const names = report.files.map((f) => ({ ...f, file: path.basename(f.file) }));
    const index = db.prepare('SELECT rowid, title, number, body, doc_title FROM passage_fts ORDER BY rowid').all();
    return { report: { ...report, files: names }, passages: passagesOf(db), index };
  } finally {
    db.close();
  }
}

describe('importing through the parse worker', () => {
  it('gives the same per-file report, passages and index rows as parsing on the writing thread', async () => {
    const files = mixedFolder();
    const onWorker = await importWith(files, true);
    const inThread = await importWith(files, false);
    expect(onWorker.report.files.map((f) => [f.file, f.status])).toEqual([
      ['law-0.txt', 'added'],
      ['law-1.txt', 'added'],
      ['law-2.txt', 'added'],
      ['law-3.txt', 'added'],
      ['law-4.txt', 'added'],
      ['law-5.txt', 'added'],
      ['copy-of-law-0.txt', 'unchanged'],
      ['law-1-gbk.txt', 'unchanged'],
      ['empty.md', 'failed'],
    ]);
    expect(onWorker).toEqual(inThread);
  });

  it('reports every file of a folder imported before as unchanged', async () => {
    const files = mixedFolder().slice(0, 6);
    const db = openDatabase(tempDir());
    try {
      await importFiles(db, fromDisk(files), undefined, { parseWorker: true });
      const again = await importFiles(db, fromDisk(files), undefined, { parseWorker: true });
      expect(again.report.files.map((f) => f.status)).toEqual(Array(6).fill('unchanged'));
      expect(again.changedDocIds).toEqual([]);
    } finally {
      db.close();
    }
  });
});
