import { existsSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../core/db/open';
import { collectFiles } from '../../core/import/collect-files';
import { fromDisk, importFiles, parsesOnWorkers } from '../../core/import/import-files';
import { createSearchEngine, type FolioSearchEngine } from '../../core/search/create-engine';
import { benchParseWorker } from './parse-worker-script';

/** The seed page shipped with the app: the default corpus of bench and eval. */
export const seedFolder = path.resolve(__dirname, '..', '..', '..', 'resources', 'seed');

/** Splits `--corpus DIR…` folders into those present and those missing (reported, then skipped). */
export function existingFolders(folders: readonly string[]): { present: string[]; missing: string[] } {
  const present: string[] = [];
  const missing: string[] = [];
  for (const f of folders) (existsSync(f) ? present : missing).push(path.resolve(f));
  return { present, missing };
}

export interface ImportedLibrary {
  dataDir: string;
  db: Database.Database;
  engine: FolioSearchEngine;
  files: number;
  failed: number;
  bytes: number;
  passages: number;
  importMs: number;
  /** Where the import parsed: the bundled parse worker, the source through tsx, or the writing thread. */
  parsedBy: string;
}

/**
 * Imports folders into a fresh temp library with Folio's own pipeline: collectFiles,
 * importFiles, then the engine's documentsChanged (suggestions loaded first, so their
 * incremental update is part of the import as it is in the running app). The parse worker is the
 * built app's bundled one when a current build exists (see benchParseWorker).
 */
export async function importLibrary(
  folders: readonly string[],
  options: { parseWorker?: boolean; parseWorkers?: number } = {},
): Promise<ImportedLibrary> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
  const db = openDatabase(dataDir);
  const engine = createSearchEngine(db, { dataDir });
  engine.suggest({ prefix: 'a' });
  const started = performance.now();
  const { files } = await collectFiles(folders);
  const parseWorker = benchParseWorker();
  const { report, changedDocIds } = await importFiles(db, fromDisk(files), undefined, {
    ...options,
    parseWorkerScript: parseWorker.script,
  });
  engine.documentsChanged(changedDocIds);
  const importMs = performance.now() - started;
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const { n } = db
    .prepare('SELECT count(*) AS n FROM passages p JOIN documents d ON d.current_version_id = p.version_id')
    .get() as { n: number };
  const parsedBy = parsesOnWorkers(options, files.length) ? parseWorker.label : 'the writing thread';
  return { dataDir, db, engine, files: files.length, failed: report.failed, bytes, passages: n, importMs, parsedBy };
}

/** The current passages' text (title first), as the baselines index it. */
export function passageTexts(db: Database.Database): { seq: number; text: string }[] {
  return db
    .prepare(
      `SELECT p.seq, coalesce(p.title || char(10), '') || p.text AS text
       FROM passages p JOIN documents d ON d.current_version_id = p.version_id ORDER BY p.seq`,
    )
    .all() as { seq: number; text: string }[];
}
