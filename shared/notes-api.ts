import { z } from 'zod';
import { FirstScreenSchema } from './first-screen';
import { SearchHitSchema } from './model';
import {
  AddBookmarkSchema,
  AddHighlightSchema,
  BackupInfoSchema,
  EditNoteSchema,
  ExportFormatSchema,
  ImportNotesReportSchema,
  LayerNameSchema,
  ListNotesSchema,
  NoteReviewSchema,
  NoteSchema,
  PackItemInputSchema,
  PackItemSchema,
  PackSchema,
  ReattachSchema,
  SearchNotesSchema,
  UserStoreHealthSchema,
} from './notes-model';
import { PackedMarksSchema } from './packed-marks';

const noteRef = z.object({ id: z.string().min(1).max(100) }).strict();
const packRef = z.string().trim().min(1).max(200);
const itemId = z.string().min(1).max(100);

/** Bookmarks, highlights, review queue, packs, export/import and backups (issue 9), spread into `contract`. */
export const notesContract = {
  addHighlight: { input: AddHighlightSchema, output: NoteSchema },
  addBookmark: { input: AddBookmarkSchema, output: NoteSchema },
  editNote: { input: EditNoteSchema, output: NoteSchema },
  /** Soft delete: `restoreNote` undoes it. */
  deleteNote: { input: noteRef, output: NoteSchema },
  restoreNote: { input: noteRef, output: NoteSchema },
  listNotes: { input: ListNotesSchema, output: z.array(NoteSchema) },
  /**
   * The marks to draw on a document's current version (placed, not deleted), for the reader;
   * with `firstScreen`, only those on the passages getDocument sends as that first screen.
   */
  documentMarks: {
    input: z.object({ docId: z.string().min(1).max(200), firstScreen: FirstScreenSchema.optional() }).strict(),
    output: PackedMarksSchema,
  },
  /** Notes whose text, quote or tags contain every word: the `in:notes` search. */
  searchNotes: { input: SearchNotesSchema, output: z.array(NoteSchema) },
  /** The same search as hits on the notes' passages, shaped like `search` hits (for `in:notes`). */
  searchNoteHits: { input: SearchNotesSchema, output: z.array(SearchHitSchema) },
  listNoteLayers: { input: z.object({}).strict(), output: z.array(z.string()) },
  listNoteTags: { input: z.object({}).strict(), output: z.array(z.string()) },
  /** Moved, changed and orphaned notes waiting for the user's word. */
  notesReviewQueue: { input: z.object({}).strict(), output: z.array(NoteSchema) },
  /** The old and the new passage of a note in review, for showing them side by side. */
  noteReview: { input: noteRef, output: NoteReviewSchema },
  acceptNoteAnchor: { input: noteRef, output: NoteSchema },
  reattachNote: { input: ReattachSchema, output: NoteSchema },
  /** Deletes for good: only on the user's word. */
  discardNote: { input: noteRef, output: z.object({ id: z.string() }) },
  createPack: {
    input: z.object({ name: packRef, layer: LayerNameSchema.optional() }).strict(),
    output: PackSchema,
  },
  listPacks: { input: z.object({}).strict(), output: z.array(PackSchema) },
  getPack: { input: z.object({ pack: packRef }).strict(), output: PackSchema },
  addPackItem: {
    input: z
      .object({ pack: packRef, item: PackItemInputSchema, position: z.number().int().min(0).optional() })
      .strict(),
    output: PackSchema,
  },
  editPackItem: {
    input: z
      .object({ pack: packRef, itemId, text: z.string().max(100_000).optional(), quiz: PackItemSchema.shape.quiz })
      .strict(),
    output: PackSchema,
  },
  movePackItem: {
    input: z.object({ pack: packRef, itemId, to: z.number().int().min(0) }).strict(),
    output: PackSchema,
  },
  removePackItem: { input: z.object({ pack: packRef, itemId }).strict(), output: PackSchema },
  renamePack: { input: z.object({ pack: packRef, name: packRef }).strict(), output: PackSchema },
  /** Deletes a pack and its items (the highlights in it stay). */
  deletePack: { input: z.object({ pack: packRef }).strict(), output: z.object({ id: z.string() }) },
  exportNotes: {
    /** Everything, one layer, or the notes and the pack of one session pack. */
    input: z
      .object({ format: ExportFormatSchema, layer: LayerNameSchema.optional(), pack: packRef.optional() })
      .strict(),
    output: z.object({ text: z.string() }),
  },
  /** Merges Folio JSON or W3C JSON-LD: same IDs update, new ones add; misfits go to review. */
  importNotes: { input: z.object({ text: z.string().max(200_000_000) }).strict(), output: ImportNotesReportSchema },
  exportPack: {
    input: z.object({ pack: packRef, format: z.enum(['md', 'html']) }).strict(),
    output: z.object({ text: z.string() }),
  },
  backupNotes: { input: z.object({}).strict(), output: BackupInfoSchema },
  listNoteBackups: { input: z.object({}).strict(), output: z.array(BackupInfoSchema) },
  restoreNotes: { input: z.object({ file: z.string().min(1).max(4096) }).strict(), output: UserStoreHealthSchema },
  notesHealth: { input: z.object({}).strict(), output: UserStoreHealthSchema },
};
