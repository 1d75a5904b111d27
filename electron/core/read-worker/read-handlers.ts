import type Database from 'better-sqlite3';
import { citationsFromElsewhere } from '../law/cited-from-elsewhere';
import { compareVersions } from '../law/compare-versions';
import { handoutHtml, handoutMarkdown } from '../notes/export/handout';
import { noteHits } from '../notes/note-hits';
import type { FolioSearchEngine } from '../search/create-engine';
import { searchInNotes } from '../search/in-notes';
import { getDocument, listDocuments } from '../store/read';
import type { DocumentCache } from './document-cache';
import { firstScreenOf } from './first-screen';
import type { NotesReader } from './notes-reader';
import type { ReadInput, ReadMethod, ReadOutput } from './protocol';

export type ReadHandlers = { [M in ReadMethod]: (input: ReadInput<M>) => ReadOutput<M> };

/**
 * What a read worker does for each method: the same core functions the service calls on
 * its own thread (the CLI, tests), over the worker's read-only connections.
 */
export function readHandlers(
  library: Database.Database,
  engine: FolioSearchEngine,
  notes: () => NotesReader,
  documents: DocumentCache,
): ReadHandlers {
  return {
    listDocuments: () => listDocuments(library),
    getDocument: ({ id, version, firstScreen }) => {
      const doc = documents.get(`${id}@${version ?? ''}`, () => getDocument(library, id, version));
      return firstScreen ? firstScreenOf(doc, firstScreen.around) : doc;
    },
    compareVersions: ({ id, from, to }) => compareVersions(library, id, from, to),
    citedElsewhere: ({ id }) => citationsFromElsewhere(library, id),
    suggest: (input) => engine.suggest(input),
    didYouMean: ({ query, result }) => engine.complete({ query }, result),
    searchInNotes: ({ words, limit }) =>
      searchInNotes(words, limit, (text, max) => noteHits(library, notes().store.searchNotes(text, max), text)),
    documentMarks: ({ docId, firstScreen }) => notes().store.packedMarks(docId, firstScreen),
    exportNotes: ({ format, layer, pack }) => ({ text: notes().transfer.exportNotes(format, layer, pack) }),
    exportPack: ({ pack, format }) => {
      const reader = notes();
      const found = reader.packs.find(pack);
      const items = reader.handoutItems(found);
      return { text: format === 'md' ? handoutMarkdown(found, items) : handoutHtml(found, items) };
    },
  };
}
