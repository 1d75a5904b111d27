import type Database from 'better-sqlite3';
import type { KbApi } from '../../shared/api';
import { KbError } from '../../shared/errors';
import { schemaVersion } from './db/migration';
import { openLibrary } from './db/open';
import { withStoreErrors } from './db/store-errors';
import { createEventHub, type KbEventSource } from './events';
import type { ImportOutcome, ImportProgressEvent } from './import/import-files';
import { createImportJobs } from './import/jobs';
import { inProcessRunner } from './import/run-import';
import { importSeedIfEmpty } from './import/seed';
import { workerRunner } from './import/worker-runner';
import { citationsFromElsewhere } from './law/cited-from-elsewhere';
import { compareVersions } from './law/compare-versions';
import { noteHits } from './notes/note-hits';
import { notesApi } from './notes/notes-api';
import { createNotesService, type NotesService } from './notes/notes-service';
import { firstScreenOf } from './read-worker/first-screen';
import { exportStuckAfterMs, ReadWorker, readStuckAfterMs, suggestMaxWaitMs } from './read-worker/read-worker';
import { createSearchEngine } from './search/create-engine';
import { notesQueryWords, searchInNotes } from './search/in-notes';
import { withNoteTags } from './search/note-tag-suggestions';
import { defaultLimit } from './search/search-passages';
import { writeSuggestSnapshot } from './search/suggest/suggest-index';
import { SearchWorker } from './search/worker/search-worker';
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
  /**
   * Checks the paths a client asks `startImport` to read (the renderer's doors: only what the
   * user chose). Returns the paths to import or throws PATH_NOT_ALLOWED. Absent: unrestricted.
   */
  importPolicy?: (paths: readonly string[]) => Promise<string[]>;
  /** The per-file import cap (default: read-source's defaultMaxFileBytes). */
  maxFileBytes?: number;
  /** Back up the user store at start and daily (the app and the bridge; not each CLI command). */
  automaticBackups?: boolean;
}

export interface KbService {
  api: KbApi;
  db: Database.Database;
  /** Bookmarks, highlights, packs and backups (user.sqlite); `notes.onChange` feeds a notesChanged event. */
  notes: NotesService;
  /** What the core pushes (library changes, import progress, settings); each door forwards it. */
  events: KbEventSource;
  /** Imports on this thread and waits, reporting progress (the CLI's `folio import`). */
  importNow(
    paths: readonly string[],
    onProgress: (event: ImportProgressEvent) => void,
    options?: { signal?: AbortSignal; onWait?: () => void },
  ): Promise<ImportOutcome>;
  /** Waits for running imports, then closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the library (importing the embedded seed into an empty one) and returns the
 * KbApi every door serves. The core's only entry point.
 */
export async function createKbService(options: KbServiceOptions): Promise<KbService> {
  const { db, readOnly, walSetAside } = openLibrary(options.dataDir);
  const refuseIfReadOnly = () => {
    if (readOnly)
      throw new KbError('READ_ONLY', `The library in ${options.dataDir} is read-only: it cannot be changed.`);
  };
  let notes: NotesService | undefined;
  try {
    // A read-only library keeps its suggestion index in memory (it cannot be saved).
    const engine = createSearchEngine(db, { dataDir: readOnly ? null : options.dataDir });
    notes = await createNotesService({
      dataDir: options.dataDir,
      library: db,
      automaticBackups: options.automaticBackups === true,
    });
    const userNotes = notes;
    const seeded = options.seedEmptyLibrary && !readOnly ? await importSeedIfEmpty(db, options.resourcesDir) : null;
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
    // Suggestions never fail because of the user store: a damaged one just offers no tags.
    const noteTags = () => {
      try {
        return userNotes.store.tags();
      } catch {
        return [];
      }
    };
    const limits = { maxFileBytes: options.maxFileBytes };
    const runner = options.importOn === 'worker' ? workerRunner(options.dataDir, limits) : inProcessRunner(db, limits);
    // Where imports run on a worker (the app, the bridge), searches do too: a slow one never blocks other calls.
    const searchWorker = options.importOn === 'worker' ? new SearchWorker(options.dataDir, engine.getSynonyms()) : null;
    // Reads too, on three lanes (threads) with their own queues: a burst of suggestions as someone types never
    // delays a document, and a long export delays neither.
    const offThread = options.importOn === 'worker';
    const suggestLane = offThread
      ? readWorker(options.dataDir, readStuckAfterMs, readOnly ? null : db, suggestMaxWaitMs)
      : null;
    const reads = offThread ? readWorker(options.dataDir, readStuckAfterMs, null) : null;
    const exportsLane = offThread ? readWorker(options.dataDir, exportStuckAfterMs, null) : null;
    const readLanes = [suggestLane, reads, exportsLane].flatMap((lane) => (lane ? [lane] : []));
    // A damaged user store is open on this thread only (read-only or an empty stand-in): its exports stay here.
    const notesOffThread = () => userNotes.health().state === 'ok';
    const notesMethods = notesApi(userNotes);
    const events = createEventHub();
    const settings = openSettingsStore(options.dataDir);
    const documentsChanged = (changedDocIds: readonly string[]) => {
      engine.documentsChanged([...changedDocIds]);
      searchWorker?.documentsChanged();
      for (const lane of readLanes) lane.documentsChanged(changedDocIds);
      reanchorNotes(changedDocIds);
      if (changedDocIds.length > 0) events.emit({ name: 'libraryChanged', payload: { docIds: [...changedDocIds] } });
    };
    userNotes.onChange((ids) => events.emit({ name: 'notesChanged', payload: { ids: [...ids] } }));
    reanchorNotes(seeded?.changedDocIds ?? []);
    const jobs = createImportJobs(
      runner,
      (outcome) => documentsChanged(outcome.changedDocIds),
      (job) => events.emit({ name: 'importProgress', payload: job }),
    );
    const api: KbApi = withStoreErrors({
      libraryInfo: async () => ({
        appVersion: options.appVersion,
        dataDir: options.dataDir,
        schemaVersion: schemaVersion(db),
        ...libraryCounts(db),
        readOnly,
        ...(walSetAside ? { walSetAside } : {}),
      }),
      listDocuments: async () => (reads ? reads.call('listDocuments', {}) : listDocuments(db)),
      getDocument: async (input) => {
        if (reads) return reads.call('getDocument', input);
        const doc = getDocument(db, input.id, input.version);
        return input.firstScreen ? firstScreenOf(doc, input.firstScreen.around) : doc;
      },
      compareVersions: async (input) =>
        reads ? reads.call('compareVersions', input) : compareVersions(db, input.id, input.from, input.to),
      citedElsewhere: async (input) =>
        reads ? reads.call('citedElsewhere', input) : citationsFromElsewhere(db, input.id),
      search: async (input) => {
        // `in:notes` reads the user store, which only this thread holds (not the search worker).
        const noteWords = notesQueryWords(input.query);
        if (noteWords !== null) {
          if (reads && notesOffThread()) {
            return reads.call('searchInNotes', { words: noteWords, limit: input.limit ?? defaultLimit });
          }
          return searchInNotes(noteWords, input.limit ?? defaultLimit, (words, limit) =>
            noteHits(userNotes.library, userNotes.store.searchNotes(words, limit), words),
          );
        }
        if (!searchWorker) return engine.search(input);
        const result = await searchWorker.search(input);
        // "Did you mean" reads the suggestion index, which the suggestions' lane holds; only a search that found nothing asks.
        if (!suggestLane) return engine.complete(input, result);
        if (result.hits.length > 0) return result;
        // A busy or stopped suggestions lane costs the corrections, never the search's own answer.
        return suggestLane.call('didYouMean', { query: input.query, result }).catch(() => result);
      },
      suggest: async (input) =>
        withNoteTags(suggestLane ? await suggestLane.call('suggest', input) : engine.suggest(input), noteTags(), input),
      getSynonyms: async () => engine.getSynonyms(),
      setSynonyms: async ({ groups }) => {
        refuseIfReadOnly();
        const saved = engine.setSynonyms(groups);
        searchWorker?.setSynonyms(saved);
        return saved;
      },
      startImport: async ({ paths }) => {
        refuseIfReadOnly();
        return jobs.start(options.importPolicy ? await options.importPolicy(paths) : paths);
      },
      importStatus: async ({ jobId }) => jobs.status(jobId),
      listImports: async () => jobs.list(),
      cancelImport: async ({ jobId }) => jobs.cancel(jobId),
      ...notesMethods,
      // Off the serving thread, and on another lane than the document's, so the reader's two requests are read at
      // once (on the documents' lane the marks of 10,000 highlights waited behind the document: the reader took 2.45× the bare
      // document's time, against 1.9–2.1× here, in the same conditions).
      documentMarks: async (input) =>
        exportsLane && notesOffThread() ? exportsLane.call('documentMarks', input) : notesMethods.documentMarks(input),
      exportNotes: async (input) =>
        exportsLane && notesOffThread() ? exportsLane.call('exportNotes', input) : notesMethods.exportNotes(input),
      exportPack: async (input) =>
        exportsLane && notesOffThread() ? exportsLane.call('exportPack', input) : notesMethods.exportPack(input),
      restoreNotes: async (input) => {
        const health = await notesMethods.restoreNotes(input);
        for (const lane of readLanes) lane.userStoreReplaced();
        return health;
      },
      getSettings: async () => settings.get(),
      setSettings: async ({ patch }) => {
        const next = settings.set(patch);
        events.emit({ name: 'settingsChanged', payload: next });
        return next;
      },
    });
    return {
      api,
      db,
      notes: userNotes,
      events,
      importNow: async (paths, onProgress, run = {}) => {
        refuseIfReadOnly();
        const outcome = await inProcessRunner(db, { ...limits, onWait: run.onWait })(paths, onProgress, run.signal);
        documentsChanged(outcome.changedDocIds);
        return outcome;
      },
      close: async () => {
        jobs.cancelAll();
        await jobs.idle();
        await searchWorker?.close();
        await Promise.all(readLanes.map((lane) => lane.close()));
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

/** A read worker over `dataDir`; `library` (the writable connection) saves its suggestion index. */
function readWorker(
  dataDir: string,
  stuckMs: number,
  library: Database.Database | null,
  maxWaitMs?: number,
): ReadWorker {
  return new ReadWorker({
    dataDir,
    stuckMs,
    ...(maxWaitMs !== undefined ? { maxWaitMs } : {}),
    ...(library ? { saveSuggestions: (snapshot) => writeSuggestSnapshot(library, snapshot) } : {}),
  });
}
