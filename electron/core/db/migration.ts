import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';

export interface Migration {
  /** Becomes PRAGMA user_version once applied; strictly increasing. */
  version: number;
  name: string;
  sql: string;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertNotTooNew(current: number, latest: number): void {
  if (current > latest) {
    throw new KbError(
      'DB_TOO_NEW',
      `This library was written by a newer Folio (schema ${current}; this one knows up to ${latest}). Update Folio to open it.`,
    );
  }
}

/**
 * Applies the pending migrations in one IMMEDIATE transaction: a kill or a failing step
 * leaves the old schema, never a mix, and the next start completes it. The version is read
 * again once the write lock is held, so two processes opening a new library at once migrate
 * it once. A database written by a newer Folio is refused with DB_TOO_NEW, untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const before = schemaVersion(db);
  assertNotTooNew(before, latest);
  if (before === latest) return latest;
  db.transaction(() => {
    const current = schemaVersion(db);
    assertNotTooNew(current, latest);
    for (const m of migrations.filter((m) => m.version > current)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}
