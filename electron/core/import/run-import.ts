import path from 'node:path';
import type Database from 'better-sqlite3';
import { assertSomethingExists, collectFiles, missingMessage } from './collect-files';
import { fromDisk, type ImportOutcome, type ImportProgressEvent, importFiles } from './import-files';
import { withImportLock } from './import-lock';

/** Runs one import of the paths a user named, reporting progress; where it runs is the runner's business. */
export type ImportRunner = (
  paths: readonly string[],
  onProgress: (event: ImportProgressEvent) => void,
  signal?: AbortSignal,
) => Promise<ImportOutcome>;

export interface RunnerOptions {
  /** Files larger than this are refused (default: read-source's defaultMaxFileBytes). */
  maxFileBytes?: number;
  /** Commit granularity (default: import-files' chunkBytes); the kill tests commit more often. */
  chunkBytes?: number;
  /** Told once when another import (another process) holds the library and this one waits. */
  onWait?: () => void;
}

/** Imports on the calling thread (the CLI, tests), one import at a time across processes. */
export function inProcessRunner(db: Database.Database, options: RunnerOptions = {}): ImportRunner {
  return async (paths, onProgress, signal) => {
    const collected = await collectFiles(paths);
    assertSomethingExists(collected);
    const run = async () => {
      const outcome = await importFiles(db, fromDisk(collected.files), onProgress, {
        signal,
        maxFileBytes: options.maxFileBytes,
        chunkBytes: options.chunkBytes,
      });
      for (const given of collected.missing) {
        outcome.report.files.push({
          file: given,
          status: 'failed',
          documents: 0,
          passages: 0,
          warnings: [],
          error: missingMessage(given),
        });
        outcome.report.failed += 1;
      }
      return outcome;
    };
    // An in-memory database (tests) has no folder to share with another process.
    if (db.memory) return run();
    return withImportLock(path.dirname(db.name), run, { signal, onWait: options.onWait });
  };
}
