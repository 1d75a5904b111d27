import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cleanCloseRecordPath } from '../../../electron/core/db/clean-close';
import { migrate, schemaVersion } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { databaseFileName, openDatabase, openLibrary } from '../../../electron/core/db/open';
import { openersFolderName } from '../../../electron/core/db/openers';
import { asStoreError } from '../../../electron/core/db/store-errors';
import { setAsideForeignWal } from '../../../electron/core/db/wal-check';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

/** A library holding the seed plus 4 MB of extra pages, closed cleanly. */
async function filledLibrary(): Promise<{ dir: string; file: string; documents: number; bytes: number }> {
  const dir = tempDir();
  const service = await openTestService(dir);
  service.db.exec('CREATE TABLE ballast (x TEXT)');
  const insert = service.db.prepare('INSERT INTO ballast VALUES (?)');
  service.db.transaction(() => {
    for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(2_000));
  })();
  const { documents } = await service.api.libraryInfo({});
  await service.close();
  const file = path.join(dir, databaseFileName);
  return { dir, file, documents, bytes: statSync(file).size };
}

/** The WAL of another, freshly made database (what a stale or copied-in `-wal` looks like). */
function foreignWal(): Buffer {
  const other = path.join(tempDir(), 'other.sqlite');
  const db = new Database(other);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
  const wal = readFileSync(`${other}-wal`);
  db.close();
  return wal;
}

function countDocuments(dir: string): number {
  const db = openDatabase(dir);
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the start-up check of the library', () => {
  it('sets a WAL that does not belong to the library aside, byte for byte, and keeps the library', async () => {
    const library = await filledLibrary();
    const wal = foreignWal();
    writeFileSync(`${library.file}-wal`, wal);

    const service = await openTestService(library.dir);
    const info = await service.api.libraryInfo({});
    await service.close();

    expect(info.documents).toBe(library.documents);
    expect(info.walSetAside).toMatch(/folio\.sqlite-wal\.set-aside-/);
    expect(readFileSync(info.walSetAside!).equals(wal)).toBe(true);
    expect(statSync(library.file).size).toBe(library.bytes);
  });

  it('leaves the WAL alone while another live connection has the library open (it is theirs)', async () => {
    const library = await filledLibrary();
    writeFileSync(`${library.file}-wal`, foreignWal());
    mkdirSync(path.join(library.dir, openersFolderName), { recursive: true });
    writeFileSync(path.join(library.dir, openersFolderName, `${process.pid}-other`), '');
    expect(setAsideForeignWal(library.dir, library.file)).toBeNull();
    expect(existsSync(`${library.file}-wal`)).toBe(true);
  });

  it('applies a WAL the library left behind when its process died', async () => {
    const dir = tempDir();
    const crashed = tempDir();
    const db = openDatabase(dir);
    db.exec("CREATE TABLE notes_probe (x TEXT); INSERT INTO notes_probe VALUES ('kept')");
    // Copy the file and its WAL while the connection is open: what a kill leaves on disk.
    copyFileSync(path.join(dir, databaseFileName), path.join(crashed, databaseFileName));
    copyFileSync(path.join(dir, `${databaseFileName}-wal`), path.join(crashed, `${databaseFileName}-wal`));
    db.close();

    const reopened = openDatabase(crashed);
    const row = reopened.prepare('SELECT x FROM notes_probe').get();
    reopened.close();
    expect(row).toEqual({ x: 'kept' });
    expect(readdirSync(crashed).filter((name) => name.includes('set-aside'))).toEqual([]);
  });

  it('reports a 0-byte library file as damaged and leaves it as it is', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, databaseFileName), '');
    await expect(openTestService(dir)).rejects.toMatchObject({ code: 'LIBRARY_DAMAGED' });
    expect(statSync(path.join(dir, databaseFileName)).size).toBe(0);
  });

  it('reports a truncated library file as damaged and never re-seeds it', async () => {
    const library = await filledLibrary();
    truncateSync(library.file, Math.floor(library.bytes / 2));
    await expect(openTestService(library.dir)).rejects.toMatchObject({ code: 'LIBRARY_DAMAGED' });
    expect(statSync(library.file).size).toBe(Math.floor(library.bytes / 2));
  });

  it('opens a file cut short by a checkpoint a crash interrupted, whole, from its WAL', () => {
    const dir = tempDir();
    const crashed = tempDir();
    const db = openDatabase(dir);
    db.pragma('wal_autocheckpoint = 0');
    const sizeBefore = statSync(path.join(dir, databaseFileName)).size;
    db.exec('CREATE TABLE ballast (x TEXT)');
    const insert = db.prepare('INSERT INTO ballast VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(2_000));
    })();
    // The checkpoint writes every page to the file and keeps the WAL: copying the file's first
    // pages and the WAL gives what a kill after page 1 and before the file grew leaves on disk.
    db.pragma('wal_checkpoint(PASSIVE)');
    copyFileSync(path.join(dir, databaseFileName), path.join(crashed, databaseFileName));
    copyFileSync(path.join(dir, `${databaseFileName}-wal`), path.join(crashed, `${databaseFileName}-wal`));
    db.close();
    truncateSync(path.join(crashed, databaseFileName), sizeBefore);

    const reopened = openDatabase(crashed);
    const rows = reopened.prepare('SELECT count(*) AS n FROM ballast').get();
    const check = reopened.pragma('quick_check', { simple: true });
    reopened.close();
    expect(rows).toEqual({ n: 500 });
    expect(check).toBe('ok');
  });

  it('reports a file that is not a database as damaged', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, databaseFileName), 'not a database, just words\n'.repeat(10));
    await expect(openTestService(dir)).rejects.toMatchObject({ code: 'LIBRARY_DAMAGED' });
  });

  it('finds a corrupt page with quick_check at open', async () => {
    const library = await filledLibrary();
    const bytes = readFileSync(library.file);
    // Scribble over one page in the middle of the ballast table.
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0x5a, page * pageSize, page * pageSize + 64);
    writeFileSync(library.file, bytes);
    await expect(openTestService(library.dir)).rejects.toMatchObject({ code: 'LIBRARY_DAMAGED' });
    expect(readFileSync(library.file).equals(bytes)).toBe(true);
  });

  it('opens a library with no WAL beside it without any notice', async () => {
    const library = await filledLibrary();
    expect(existsSync(`${library.file}-wal`)).toBe(false);
    expect(countDocuments(library.dir)).toBe(library.documents);
  });
});

describe('a schema migration that fails half-way', () => {
  const failing = { version: 9_999, name: 'broken', sql: 'CREATE TABLE half_done (x); SELECT no_such_function();' };

  it('leaves the old schema, with nothing of the pending migrations applied', () => {
    const db = new Database(path.join(tempDir(), databaseFileName));
    migrate(db, migrations.slice(0, 2));
    expect(() => migrate(db, [...migrations, failing])).toThrow(/no_such_function/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name IN ('passage_fts', 'half_done')").all();
    expect(tables).toEqual([]);
    expect(schemaVersion(db)).toBe(20);
    db.close();
  });

  it('is completed by the next start', () => {
    const db = new Database(path.join(tempDir(), databaseFileName));
    migrate(db, migrations.slice(0, 2));
    expect(() => migrate(db, [...migrations, failing])).toThrow();
    expect(migrate(db, migrations)).toBe(migrations.at(-1)!.version);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    db.close();
  });
});

describe('the full check is skipped only for a library as our last clean close left it', () => {
  it('skips quick_check for a file untouched since its clean close', async () => {
    const library = await filledLibrary();
    const opened = openLibrary(library.dir);
    opened.db.close();
    expect(opened.checked).toBe(false);
  });

  it('checks in full when the previous session did not close (the record goes at open)', async () => {
    const library = await filledLibrary();
    const first = openLibrary(library.dir);
    expect(existsSync(cleanCloseRecordPath(library.file))).toBe(false);
    // A second process opening meanwhile, as after a crash of the first, finds no record.
    const second = openLibrary(library.dir);
    second.db.close();
    first.db.close();
    expect(second.checked).toBe(true);
  });

  it('checks in full a file written by another program after the clean close', async () => {
    const library = await filledLibrary();
    writeFileSync(library.file, readFileSync(library.file));
    const opened = openLibrary(library.dir);
    opened.db.close();
    expect(opened.checked).toBe(true);
  });

  it('does not vouch for a library on which a call met a damaged page', async () => {
    const library = await filledLibrary();
    const opened = openLibrary(library.dir);
    asStoreError(Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' }));
    opened.db.close();
    expect(existsSync(cleanCloseRecordPath(library.file))).toBe(false);
  });
});
