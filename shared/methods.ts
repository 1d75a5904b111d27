/**
 * The contract's method names, kept free of any import so the sandboxed preload
 * can expose exactly these without bundling the schemas.
 */
export const methodNames = [
  'libraryInfo',
  'listDocuments',
  'getDocument',
  'compareVersions',
  'citedElsewhere',
  'search',
  'suggest',
  'getSynonyms',
  'setSynonyms',
  'startImport',
  'importStatus',
  'listImports',
  'cancelImport',
  // Notes, packs, backups (issue 9): schemas in notes-api.ts.
  'addHighlight',
  'addBookmark',
  'editNote',
  'deleteNote',
  'restoreNote',
  'listNotes',
  'documentMarks',
  'searchNotes',
  'searchNoteHits',
  'listNoteLayers',
  'listNoteTags',
  'notesReviewQueue',
  'noteReview',
  'acceptNoteAnchor',
  'reattachNote',
  'discardNote',
  'createPack',
  'listPacks',
  'getPack',
  'addPackItem',
  'editPackItem',
  'movePackItem',
  'removePackItem',
  'renamePack',
  'deletePack',
  'exportNotes',
  'importNotes',
  'exportPack',
  'backupNotes',
  'listNoteBackups',
  'restoreNotes',
  'notesHealth',
  'getSettings',
  'setSettings',
] as const;
export type MethodName = (typeof methodNames)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value);
}

/** The one IPC channel every method goes through. */
export const ipcChannel = 'kb:invoke';

/**
 * Electron only: the preload tells main which paths the user dropped on the window (read
 * from real dropped File objects), so `startImport` may import them.
 */
export const droppedChannel = 'kb:dropped';

/** Electron only: the renderer asks main to save a pack's handout as PDF (save dialog, then printToPDF). */
export const packPdfChannel = 'kb:packPdf';

/**
 * Events the core pushes to every client, declared beside the methods (payload schemas in
 * shared/events.ts). Electron carries them on `eventChannel`; the bridge as Server-Sent Events.
 */
export const eventNames = ['libraryChanged', 'importProgress', 'settingsChanged', 'notesChanged'] as const;
export type EventName = (typeof eventNames)[number];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}

/** The one IPC channel events arrive on (main → renderer). */
export const eventChannel = 'kb:event';
