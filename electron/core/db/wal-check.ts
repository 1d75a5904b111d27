import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { othersHaveItOpen } from './openers';

/** What a copy of the library looks like, with or without the WAL applied. */
interface Probe {
  healthy: boolean;
  pages: number;
  schema: number;
  documents: number;
}

function probe(file: string): Probe {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const healthy = db.pragma('quick_check', { simple: true }) === 'ok';
    const pages = db.pragma('page_count', { simple: true }) as number;
    const schema = db.pragma('user_version', { simple: true }) as number;
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
    const documents = hasDocuments ? (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : 0;
    return { healthy, pages, schema, documents };
  } catch {
    return { healthy: false, pages: 0, schema: 0, documents: 0 };
  } finally {
    db?.close();
  }
}

/**
 * Whether applying the WAL would damage or shrink the library. Folio never VACUUMs, so a
 * WAL of its own never makes the file smaller, lowers the schema, or empties a library;
 * one that fails the quick check while the file alone passes does not belong to it either.
 */
function walIsForeign(alone: Probe, withWal: Probe): boolean {
  if (!withWal.healthy) return alone.healthy;
  return (
    withWal.pages < alone.pages || withWal.schema < alone.schema || (alone.documents > 0 && withWal.documents === 0)
  );
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * A `-wal` left beside the library by a crash is normal and is applied. One that does not
 * belong to it (copied in from elsewhere, left from an older copy of the file) is renamed
 * aside — never applied, never deleted — and its new name is returned. The check runs on a
 * copy, and only when no other connection has the library open (then the WAL is live).
 */
export function setAsideForeignWal(dataDir: string, file: string, ownOpener?: string): string | null {
  const wal = `${file}-wal`;
  if (!existsSync(wal) || statSync(wal).size === 0 || othersHaveItOpen(dataDir, ownOpener)) return null;
  const scratch = mkdtempSync(path.join(dataDir, '.folio-wal-check-'));
  try {
    const copy = path.join(scratch, 'library.sqlite');
    copyFileSync(file, copy);
    const alone = probe(copy);
    rmSync(`${copy}-shm`, { force: true });
    copyFileSync(file, copy);
    copyFileSync(wal, `${copy}-wal`);
    const withWal = probe(copy);
    if (!walIsForeign(alone, withWal)) return null;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const aside = `${wal}.set-aside-${timestamp()}`;
  renameSync(wal, aside);
  if (existsSync(`${file}-shm`)) renameSync(`${file}-shm`, `${file}-shm.set-aside-${timestamp()}`);
  return aside;
}
