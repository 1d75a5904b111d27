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

/**
 * Applies the pending migrations in one transaction. A database written by a newer
 * Folio (user_version above the latest known) is refused with DB_TOO_NEW, untouched.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new KbError(
      'DB_TOO_NEW',
      `This library was written by a newer Folio (schema ${current}; this one knows up to ${latest}). Update Folio to open it.`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}
