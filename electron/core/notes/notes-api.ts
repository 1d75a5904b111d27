import type { KbApi } from '../../../shared/api';
import { handoutHtml, handoutMarkdown } from './export/handout';
import { noteHits } from './note-hits';
import type { NotesService } from './notes-service';

type NotesMethods = Pick<
  KbApi,
  | 'addHighlight'
  | 'addBookmark'
  | 'editNote'
  | 'deleteNote'
  | 'restoreNote'
  | 'listNotes'
  | 'documentMarks'
  | 'searchNotes'
  | 'searchNoteHits'
  | 'listNoteLayers'
  | 'listNoteTags'
  | 'notesReviewQueue'
  | 'noteReview'
  | 'acceptNoteAnchor'
  | 'reattachNote'
  | 'discardNote'
  | 'createPack'
  | 'listPacks'
  | 'getPack'
  | 'addPackItem'
  | 'editPackItem'
  | 'movePackItem'
  | 'removePackItem'
  | 'renamePack'
  | 'deletePack'
  | 'exportNotes'
  | 'importNotes'
  | 'exportPack'
  | 'backupNotes'
  | 'listNoteBackups'
  | 'restoreNotes'
  | 'notesHealth'
>;

/** The notes methods of the KbApi, over one NotesService. */
export function notesApi(notes: NotesService): NotesMethods {
  const { store, packs, transfer } = notes;
  return {
    addHighlight: async (input) => store.addHighlight(input),
    addBookmark: async (input) => store.addBookmark(input),
    editNote: async (input) => store.edit(input),
    deleteNote: async ({ id }) => store.remove(id),
    restoreNote: async ({ id }) => store.restore(id),
    listNotes: async (filter) => store.list(filter),
    documentMarks: async ({ docId, firstScreen }) => store.packedMarks(docId, firstScreen),
    searchNotes: async ({ query, limit }) => store.searchNotes(query, limit),
    searchNoteHits: async ({ query, limit }) => noteHits(notes.library, store.searchNotes(query, limit), query),
    listNoteLayers: async () => store.layers(),
    listNoteTags: async () => store.tags(),
    notesReviewQueue: async () => store.list({ needsReview: true }),
    noteReview: async ({ id }) => store.review(id),
    acceptNoteAnchor: async ({ id }) => store.accept(id),
    reattachNote: async (input) => store.reattach(input),
    discardNote: async ({ id }) => store.discard(id),
    createPack: async ({ name, layer }) => packs.create(name, layer),
    listPacks: async () => packs.list(),
    getPack: async ({ pack }) => packs.find(pack),
    addPackItem: async ({ pack, item, position }) => packs.addItem(pack, item, position),
    editPackItem: async ({ pack, itemId, text, quiz }) =>
      packs.editItem(pack, itemId, { ...(text !== undefined ? { text } : {}), ...(quiz ? { quiz } : {}) }),
    movePackItem: async ({ pack, itemId, to }) => packs.moveItem(pack, itemId, to),
    removePackItem: async ({ pack, itemId }) => packs.removeItem(pack, itemId),
    renamePack: async ({ pack, name }) => packs.rename(pack, name),
    deletePack: async ({ pack }) => packs.remove(pack),
    exportNotes: async ({ format, layer, pack }) => ({ text: transfer.exportNotes(format, layer, pack) }),
    importNotes: async ({ text }) => transfer.importNotes(text),
    exportPack: async ({ pack, format }) => {
      const found = packs.find(pack);
      const items = notes.handoutItems(found);
      return { text: format === 'md' ? handoutMarkdown(found, items) : handoutHtml(found, items) };
    },
    backupNotes: async () => notes.backupNow(),
    listNoteBackups: async () => notes.listBackups(),
    restoreNotes: async ({ file }) => notes.restore(notes.backupFile(file)),
    notesHealth: async () => notes.health(),
  };
}
