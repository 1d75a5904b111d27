import type Database from 'better-sqlite3';
import { collectFiles } from './collect-files';
import { fromDisk, type ImportOutcome, type ImportProgressEvent, importFiles } from './import-files';

/** Runs one import of the paths a user named, reporting progress; where it runs is the runner's business. */
export type ImportRunner = (
  paths: readonly string[],
  onProgress: (event: ImportProgressEvent) => void,
) => Promise<ImportOutcome>;

/** Imports on the calling thread (the CLI, tests). */
export function inProcessRunner(db: Database.Database): ImportRunner {
  return async (paths, onProgress) => importFiles(db, fromDisk(await collectFiles(paths)), onProgress);
}
