import type Database from 'better-sqlite3';
import type { KbApi } from '../../shared/api';
import { schemaVersion } from './db/migration';
import { openDatabase } from './db/open';
import { createEventHub, type KbEventSource } from './events';
import type { ImportOutcome, ImportProgressEvent } from './import/import-files';
import { createImportJobs } from './import/jobs';
import { inProcessRunner } from './import/run-import';
import { importSeedIfEmpty } from './import/seed';
import { workerRunner } from './import/worker-runner';
import { createSearchEngine } from './search/create-engine';
import { openSettingsStore } from './settings/settings-store';
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
}

export interface KbService {
  api: KbApi;
  db: Database.Database;
  /** What the core pushes (library changes, import progress, settings); each door forwards it. */
  events: KbEventSource;
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
  try {
    const engine = createSearchEngine(db, { dataDir: options.dataDir });
    const seeded = options.seedEmptyLibrary ? await importSeedIfEmpty(db, options.resourcesDir) : null;
    if (seeded) engine.documentsChanged(seeded.changedDocIds);
    const runner = options.importOn === 'worker' ? workerRunner(options.dataDir) : inProcessRunner(db);
    const events = createEventHub();
    const settings = openSettingsStore(options.dataDir);
    const libraryChanged = (docIds: readonly string[]) => {
      engine.documentsChanged(docIds);
      if (docIds.length > 0) events.emit({ name: 'libraryChanged', payload: { docIds: [...docIds] } });
    };
    const jobs = createImportJobs(
      runner,
      (outcome) => libraryChanged(outcome.changedDocIds),
      (job) => events.emit({ name: 'importProgress', payload: job }),
    );
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
      getSettings: async () => settings.get(),
      setSettings: async ({ patch }) => {
        const next = settings.set(patch);
        events.emit({ name: 'settingsChanged', payload: next });
        return next;
      },
    };
    return {
      api,
      db,
      events,
      importNow: async (paths, onProgress) => {
        const outcome = await inProcessRunner(db)(paths, onProgress);
        libraryChanged(outcome.changedDocIds);
        return outcome;
      },
      close: async () => {
        await jobs.idle();
        engine.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
