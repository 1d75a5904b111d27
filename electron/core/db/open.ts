import { accessSync, constants, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import { closedCleanlyAndUntouched, recordCleanClose } from './clean-close';
import { inspectLibraryFile } from './library-file';
import { migrate, schemaVersion } from './migration';
import { migrations } from './migrations';
import { registerOpener } from './openers';
import { libraryDamageSeen } from './store-errors';
import { setAsideForeignWal } from './wal-check';

export const databaseFileName = 'folio.sqlite';

/**
 * How long a connection waits for another process's write before giving up with BUSY.
 * Imports write in chunks of a few MB, each well under a second; this leaves a wide margin.
 */
export const busyTimeoutMs = 15_000;

export interface OpenedLibrary {
  db: Database.Database;
  /** The library or its folder cannot be written: reads work, writes are refused with READ_ONLY. */
  readOnly: boolean;
  /** Where a WAL that did not belong to the library was set aside, if one was. */
  walSetAside: string | null;
  /** Whether the full quick_check ran (skipped for a file exactly as our last clean close left it). */
  checked: boolean;
}

function canWrite(target: string): boolean {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when both the folder and the file (if it exists) can be written. */
function isWritable(dataDir: string, file: string, state: 'missing' | 'present'): boolean {
  return canWrite(dataDir) && (state === 'missing' || canWrite(file));
}

function isReadOnlyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN'));
}

/**
 * Reads a library that cannot be written. SQLite needs to create `-shm` beside a WAL-mode
 * file even to read it; when the folder forbids that, the file is read into memory instead
 * (its header marked as a rollback-journal database, which is what an in-memory copy is).
 */
function openForReading(file: string): Database.Database {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('user_version');
    return db;
  } catch (error) {
    if (!isReadOnlyFailure(error)) throw error;
  }
  const bytes = readFileSync(file);
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

function assertHealthy(db: Database.Database, file: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') {
    throw new KbError(
      'LIBRARY_DAMAGED',
      `The library file ${file} is damaged (${String(result)}). It was left as it is; run \`folio rebuild\` to make a new library from its sources.`,
    );
  }
}

function openWritable(file: string): Database.Database {
  const db = new Database(file);
  try {
    // The wait comes first: switching to WAL needs a lock another process may hold.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function describeOpenFailure(file: string, error: unknown): KbError {
  if (error instanceof KbError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new KbError(
      'LIBRARY_DAMAGED',
      `The library file ${file} is damaged (${(error as Error).message}). It was left as it is; run \`folio rebuild\` to make a new library from its sources.`,
    );
  }
  if (code === 'SQLITE_BUSY') {
    return new KbError('BUSY', `The library at ${file} is busy in another Folio process; try again.`);
  }
  return new KbError('INTERNAL', `Cannot open the library at ${file}: ${(error as Error).message}`);
}

/**
 * Opens the library in `dataDir`, checked before use: a damaged file is reported, never
 * replaced; a WAL that does not belong to it is set aside; a read-only library opens for
 * reading; the schema is migrated (all pending migrations or none).
 */
export function openLibrary(dataDir: string): OpenedLibrary {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch {
    // A read-only parent: the folder may still exist and be readable.
  }
  const file = path.join(dataDir, databaseFileName);
  const state = inspectLibraryFile(file);
  const writable = isWritable(dataDir, file, state);
  if (!writable && state === 'missing') {
    throw new KbError('READ_ONLY', `There is no library in ${dataDir} and the folder cannot be written.`);
  }
  const opener = writable ? registerOpener(dataDir) : null;
  let db: Database.Database;
  let walSetAside: string | null;
  let untouched: boolean;
  try {
    walSetAside = opener && state === 'present' ? setAsideForeignWal(dataDir, file, opener.name) : null;
    if (walSetAside) inspectLibraryFile(file);
    untouched = state === 'present' && !walSetAside && closedCleanlyAndUntouched(file);
    db = writable ? openWritable(file) : openForReading(file);
  } catch (error) {
    opener?.forget();
    throw describeOpenFailure(file, error);
  }
  const close = db.close.bind(db);
  let opened = false;
  // Every caller closes through db.close(); the opener record must go with the connection, and
  // a library that opened healthy and met no damaged page is recorded as cleanly closed.
  db.close = () => {
    opener?.forget();
    const closed = close();
    if (opened && writable && !libraryDamageSeen()) recordCleanClose(file);
    return closed;
  };
  try {
    if (!untouched) assertHealthy(db, file);
    if (writable) migrate(db, migrations);
    else if (schemaVersion(db) < (migrations.at(-1)?.version ?? 0)) {
      throw new KbError(
        'READ_ONLY',
        `The library in ${dataDir} needs an upgrade to this Folio's schema, but it cannot be written.`,
      );
    }
    opened = true;
    return { db, readOnly: !writable, walSetAside, checked: !untouched };
  } catch (error) {
    db.close();
    throw describeOpenFailure(file, error);
  }
}

/** Opens (creating if needed) the library database in `dataDir`, checked and migrated. */
export function openDatabase(dataDir: string): Database.Database {
  return openLibrary(dataDir).db;
}
