import type Database from 'better-sqlite3';
import type { KbApi } from '../../shared/api';
import { schemaVersion } from './db/migration';
import { openDatabase } from './db/open';
import type { ImportOutcome, ImportProgressEvent } from './import/import-files';
import { createImportJobs } from './import/jobs';
import { inProcessRunner } from './import/run-import';
import { importSeedIfEmpty } from './import/seed';
import { workerRunner } from './import/worker-runner';
import { notesApi } from './notes/notes-api';
import { createNotesService, type NotesService } from './notes/notes-service';
import { createSearchEngine } from './search/create-engine';
import { getDocument, libraryCounts, listDocuments } from './store/read';

export interface KbServiceOptions {
  /** Folder holding the library database and its search files. */
  dataDir: string;
  /** Folder holding `seed/` (the embedded default library). */
  resourcesDir: string;
  appVersion: string;
  /** Run imports on a worker thread (the app, the bridge) or on this one (the CLI, tests). */
  importOn: 'worker' | 'this-thread';
  /** Import the embedded library into an empty database (the app and `folio serve`; not `folio import`). */
  seedEmptyLibrary: boolean;
  /** Back up the user store at start and daily (the app and the bridge; not each CLI command). */
  automaticBackups?: boolean;
}

export interface KbService {
  api: KbApi;
  db: Database.Database;
  /** Bookmarks, highlights, packs and backups (user.sqlite); `notes.onChange` feeds a notesChanged event. */
  notes: NotesService;
  /** Imports on this thread and waits, reporting progress (the CLI's `folio import`). */
  importNow(paths: readonly string[], onProgress: (event: ImportProgressEvent) => void): Promise<ImportOutcome>;
  /** Waits for running imports, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the library (importing the embedded seed into an empty one) and returns the
 * KbApi every door serves. The core's only entry point.
 */
export async function createKbService(options: KbServiceOptions): Promise<KbService> {
  const db = openDatabase(options.dataDir);
  let notes: NotesService | undefined;
  try {
    const engine = createSearchEngine(db, { dataDir: options.dataDir });
    notes = await createNotesService({
      dataDir: options.dataDir,
      library: db,
      automaticBackups: options.automaticBackups === true,
    });
    const userNotes = notes;
    const seeded = options.seedEmptyLibrary ? await importSeedIfEmpty(db, options.resourcesDir) : null;
    if (seeded) engine.documentsChanged(seeded.changedDocIds);
    // Notes follow their documents: re-anchor after every import (and once at start, for a rebuilt library).
    const reanchorNotes = (changedDocIds: readonly string[]) => {
      if (userNotes.health().readOnly) return;
      try {
        userNotes.store.documentsChanged(changedDocIds);
      } catch (error) {
        // An import that succeeded stays a success; the notes keep their old anchors and are retried at start.
        console.error(`Folio: re-anchoring notes failed: ${(error as Error).message}`);
      }
    };
    const documentsChanged = (changedDocIds: readonly string[]) => {
      engine.documentsChanged([...changedDocIds]);
      reanchorNotes(changedDocIds);
    };
    reanchorNotes(seeded?.changedDocIds ?? []);
    const runner = options.importOn === 'worker' ? workerRunner(options.dataDir) : inProcessRunner(db);
    const jobs = createImportJobs(runner, (outcome) => documentsChanged(outcome.changedDocIds));
    const api: KbApi = {
      libraryInfo: async () => ({
        appVersion: options.appVersion,
        dataDir: options.dataDir,
        schemaVersion: schemaVersion(db),
        ...libraryCounts(db),
      }),
      listDocuments: async () => listDocuments(db),
      getDocument: async ({ id }) => getDocument(db, id),
      search: async (input) => engine.search(input),
      suggest: async (input) => engine.suggest(input),
      getSynonyms: async () => engine.getSynonyms(),
      setSynonyms: async ({ groups }) => engine.setSynonyms(groups),
      startImport: async ({ paths }) => jobs.start(paths),
      importStatus: async ({ jobId }) => jobs.status(jobId),
      listImports: async () => jobs.list(),
      ...notesApi(userNotes),
    };
    return {
      api,
      db,
      notes: userNotes,
      importNow: async (paths, onProgress) => {
        const outcome = await inProcessRunner(db)(paths, onProgress);
        documentsChanged(outcome.changedDocIds);
        return outcome;
      },
      close: async () => {
        await jobs.idle();
        engine.close();
        userNotes.close();
        db.close();
      },
    };
  } catch (error) {
    notes?.close();
    db.close();
    throw error;
  }
}
