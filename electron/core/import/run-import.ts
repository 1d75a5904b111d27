import type Database from 'better-sqlite3';
import { assertSomethingExists, collectFiles, missingMessage } from './collect-files';
import { fromDisk, type ImportOutcome, type ImportProgressEvent, importFiles } from './import-files';

/** Runs one import of the paths a user named, reporting progress; where it runs is the runner's business. */
export type ImportRunner = (
  paths: readonly string[],
  onProgress: (event: ImportProgressEvent) => void,
) => Promise<ImportOutcome>;

/** Imports on the calling thread (the CLI, tests). */
export function inProcessRunner(db: Database.Database): ImportRunner {
  return async (paths, onProgress) => {
    const collected = await collectFiles(paths);
    assertSomethingExists(collected);
    const outcome = await importFiles(db, fromDisk(collected.files), onProgress);
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
}
