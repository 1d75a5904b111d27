import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { ImportReport } from '../../../shared/model';
import { databaseFileName, openDatabase } from '../db/open';
import { othersHaveItOpen } from '../db/openers';
import { fromDisk, importFiles } from './import-files';
import { seedFileName, seedSource } from './seed';

export interface RebuildOutcome {
  /** Where the old library file was moved (kept, never deleted). */
  setAside: string | null;
  /** Source files the old library named that no longer exist. */
  missing: string[];
  report: ImportReport;
}

/** The source paths a library names, read as well as its state allows; none if unreadable. */
function sourcesNamedBy(file: string): string[] {
  if (!existsSync(file)) return [];
  let db: Database.Database | null = null;
  try {
    // Read from a copy in memory: nothing is written beside a file that may be damaged.
    const bytes = readFileSync(file);
    if (bytes.length >= 20) {
      bytes[18] = 1;
      bytes[19] = 1;
    }
    db = new Database(bytes, { readonly: true });
    return (db.prepare('SELECT path FROM sources ORDER BY path').all() as { path: string }[]).map((r) => r.path);
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Makes a new library from the sources the old one names (the files still on disk, and
 * the embedded seed). The old file, with its -wal and -shm, is renamed aside first; it is
 * never deleted. Refused with BUSY while another Folio process has the library open.
 */
export async function rebuildLibrary(dataDir: string, resourcesDir: string): Promise<RebuildOutcome> {
  const file = path.join(dataDir, databaseFileName);
  if (othersHaveItOpen(dataDir)) {
    throw new KbError('BUSY', 'Another Folio process has this library open; close it, then rebuild.');
  }
  const named = sourcesNamedBy(file);
  let setAside: string | null = null;
  if (existsSync(file)) {
    setAside = `${file}.before-rebuild-${stamp()}`;
    renameSync(file, setAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, setAside + suffix);
    }
  }
  const onDisk = named.filter((source) => !source.startsWith('folio:') && existsSync(source));
  const missing = named.filter((source) => !source.startsWith('folio:') && !existsSync(source));
  const sources = [seedSource(resourcesDir), ...fromDisk(onDisk)];
  const seedNamed = named.length === 0 || named.includes(`folio:seed/${seedFileName}`);
  const db = openDatabase(dataDir);
  try {
    const outcome = await importFiles(db, seedNamed ? sources : sources.slice(1));
    return { setAside, missing, report: outcome.report };
  } finally {
    db.close();
  }
}
