import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { UserStoreHealth } from '../../../shared/notes-model';
import { migrate } from '../db/migration';
import { latestGoodBackup, passesQuickCheck } from './backups';
import { userMigrations } from './migrations';

/** The user's own data: beside the library's folio.sqlite, never rebuilt from sources. */
export const userStoreFileName = 'user.sqlite';

export function userStorePath(dataDir: string): string {
  return path.join(dataDir, userStoreFileName);
}

export interface OpenedUserStore {
  db: Database.Database;
  health: UserStoreHealth;
}

function openWritable(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // An acknowledged save must survive power loss as well as a crash: FULL syncs the WAL on every commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
    migrate(db, userMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A corrupt store opened read-only as far as it reads, else an empty in-memory stand-in. */
function openReadable(file: string): Database.Database {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM notes').get();
    return db;
  } catch {
    const db = new Database(':memory:');
    migrate(db, userMigrations);
    return db;
  }
}

/**
 * Opens the user store with a start-up integrity check. On corruption it opens what it
 * can read-only and names the latest good backup to restore; it never writes over the
 * damaged file or a backup.
 */
export function openUserStore(dataDir: string): OpenedUserStore {
  mkdirSync(dataDir, { recursive: true });
  const file = userStorePath(dataDir);
  try {
    return { db: openWritable(file), health: { state: 'ok', readOnly: false } };
  } catch (error) {
    if (error instanceof KbError) throw error;
    const backup = latestGoodBackup(dataDir);
    return {
      db: openReadable(file),
      health: {
        state: 'corrupt',
        readOnly: true,
        problem: (error as Error).message,
        ...(backup ? { latestGoodBackup: backup } : {}),
      },
    };
  }
}

/**
 * Replaces the (closed) user store with a copy of `backupFile`, after checking the copy.
 * The damaged or replaced store is kept beside it as `user.sqlite.replaced-<time>`.
 */
export function restoreUserStore(dataDir: string, backupFile: string, now = new Date()): void {
  if (!existsSync(backupFile)) throw new KbError('NOT_FOUND', `No backup at ${backupFile}`);
  if (!passesQuickCheck(backupFile)) {
    throw new KbError('INVALID_INPUT', `${backupFile} is not a readable Folio backup (integrity check failed)`);
  }
  const file = userStorePath(dataDir);
  const incoming = `${file}.restoring`;
  copyFileSync(backupFile, incoming);
  const check = new Database(incoming);
  try {
    migrate(check, userMigrations);
    check.pragma('journal_mode = DELETE');
  } finally {
    check.close();
  }
  if (existsSync(file)) renameSync(file, `${file}.replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
  for (const side of ['-wal', '-shm']) rmSync(`${file}${side}`, { force: true });
  renameSync(incoming, file);
}
