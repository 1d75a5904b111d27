import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { databaseFileName, openDatabase } from '../../../electron/core/db/open';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const latest = migrations.at(-1)!.version;

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered in strictly increasing order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('bring a new database to the latest schema version', () => {
    const db = openDatabase(tempDir());
    expect(schemaVersion(db)).toBe(latest);
    db.close();
  });

  it('0010 creates documents, versions, relations and sources', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    expect(tables(db)).toEqual(['document_versions', 'documents', 'relations', 'sources']);
    expect(schemaVersion(db)).toBe(10);
  });

  it('0020 adds passages', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 2));
    expect(tables(db)).toContain('passages');
    expect(schemaVersion(db)).toBe(20);
  });

  it('0030 adds the full-text index', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 3));
    expect(tables(db)).toContain('passage_fts');
    expect(schemaVersion(db)).toBe(30);
  });

  it('apply only the pending ones to an older database', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 1));
    migrate(db, migrations);
    expect(schemaVersion(db)).toBe(latest);
  });

  it('refuse a database written by a newer Folio, leaving it untouched', () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, databaseFileName));
    raw.pragma(`user_version = ${latest + 10}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    const again = new Database(path.join(dir, databaseFileName));
    expect(schemaVersion(again)).toBe(latest + 10);
    expect(tables(again)).toEqual([]);
    again.close();
  });

  it('open the database in WAL mode with foreign keys on', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
