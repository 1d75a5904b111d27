import { z } from 'zod';

/** Highlight colours; the names double as the screen-reader label keys (`notes.colour.<name>`). */
export const highlightColours = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;
export const HighlightColourSchema = z.enum(highlightColours);
export type HighlightColour = z.infer<typeof HighlightColourSchema>;

/** What happened to a note's anchor at the last re-anchoring. */
export const anchorStatuses = ['anchored', 'moved', 'changed', 'orphaned'] as const;
export const AnchorStatusSchema = z.enum(anchorStatuses);
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;

export const defaultLayer = 'personal';
export const LayerNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\u0000-\u001f]+$/, 'no control characters');

export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\u0000-\u001f,]+$/, 'no commas or control characters');

const noteId = z.string().min(1).max(100);
const docId = z.string().min(1).max(200);
const offset = z.number().int().min(0).max(10_000_000);

/**
 * A document's identity that survives a moved or renamed source file: a note follows
 * the document with this number/title/text even when the library's ID for it changes.
 */
export const DocIdentitySchema = z.object({
  title: z.string().max(2000),
  docNumber: z.string().max(500).optional(),
  /** The version's date as written in the document (issued or effective), else its import date. */
  versionDate: z.string().max(40).optional(),
  /** First 16 hex digits of SHA-1 over the version's passage texts (normalised). */
  fingerprint: z.string().max(64),
  lang: z.string().max(20).optional(),
});
export type DocIdentity = z.infer<typeof DocIdentitySchema>;

/** W3C TextQuoteSelector's content: exact text and ~32 characters either side. */
export const TextQuoteSchema = z.object({
  exact: z.string().max(100_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/**
 * Where a highlight sits: from `start` in passage `passageId` to `end` in `endPassageId`
 * (the same passage unless the highlight runs across adjacent passages). Offsets count
 * UTF-16 units in the passage's plain text, exactly the `text` that `folio show --json` gives.
 */
export const AnchorSchema = z.object({
  passageId: z.string().min(1).max(200),
  endPassageId: z.string().min(1).max(200),
  start: offset,
  end: offset,
  /** Passage number as written (article "2", "第十条"), for citations and listing. */
  number: z.string().max(100).optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

/** The anchor a note had before the last re-anchoring, kept for review (old wording, old version). */
export const PreviousAnchorSchema = z.object({
  docId,
  version: z.number().int(),
  passageId: z.string().max(200).optional(),
  number: z.string().max(100).optional(),
  exact: z.string().max(100_000),
  start: offset.optional(),
  end: offset.optional(),
});
export type PreviousAnchor = z.infer<typeof PreviousAnchorSchema>;

export const NoteKindSchema = z.enum(['bookmark', 'highlight']);
export type NoteKind = z.infer<typeof NoteKindSchema>;

export const NoteFormatSchema = z.enum(['plain', 'markdown']);

export const NoteSchema = z.object({
  id: noteId,
  kind: NoteKindSchema,
  layer: LayerNameSchema,
  docId,
  identity: DocIdentitySchema,
  /** The document version the anchor refers to. */
  version: z.number().int(),
  /** Absent for a bookmark on a whole document. */
  anchor: AnchorSchema.optional(),
  /** Highlights only: the quoted text, with context. */
  quote: TextQuoteSchema.optional(),
  status: AnchorStatusSchema,
  /** True until the user accepts a moved/changed/orphaned anchor. */
  needsReview: z.boolean(),
  previous: PreviousAnchorSchema.optional(),
  colour: HighlightColourSchema.optional(),
  note: z.string().max(100_000).optional(),
  noteFormat: NoteFormatSchema,
  tags: z.array(TagSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set on a soft-deleted note (undo restores it). */
  deletedAt: z.string().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const AddHighlightSchema = z
  .object({
    docId,
    passageId: z.string().min(1).max(200),
    /** Defaults to passageId: a highlight across adjacent passages ends in another one. */
    endPassageId: z.string().min(1).max(200).optional(),
    start: offset,
    end: offset,
    colour: HighlightColourSchema.optional(),
    note: z.string().max(100_000).optional(),
    noteFormat: NoteFormatSchema.optional(),
    tags: z.array(TagSchema).max(50).optional(),
    layer: LayerNameSchema.optional(),
  })
  .strict();
export type AddHighlight = z.infer<typeof AddHighlightSchema>;

export const AddBookmarkSchema = z
  .object({
    docId,
    passageId: z.string().min(1).max(200).optional(),
    note: z.string().max(100_000).optional(),
    noteFormat: NoteFormatSchema.optional(),
    tags: z.array(TagSchema).max(50).optional(),
    layer: LayerNameSchema.optional(),
  })
  .strict();
export type AddBookmark = z.infer<typeof AddBookmarkSchema>;

export const EditNoteSchema = z
  .object({
    id: noteId,
    colour: HighlightColourSchema.optional(),
    /** null or '' clears the note text. */
    note: z.string().max(100_000).nullable().optional(),
    noteFormat: NoteFormatSchema.optional(),
    tags: z.array(TagSchema).max(50).optional(),
    layer: LayerNameSchema.optional(),
  })
  .strict();
export type EditNote = z.infer<typeof EditNoteSchema>;

export const ListNotesSchema = z
  .object({
    docId: docId.optional(),
    tag: TagSchema.optional(),
    colour: HighlightColourSchema.optional(),
    layer: LayerNameSchema.optional(),
    /** Only notes waiting in the review queue. */
    needsReview: z.boolean().optional(),
    includeDeleted: z.boolean().optional(),
  })
  .strict();
export type ListNotes = z.infer<typeof ListNotesSchema>;

export const SearchNotesSchema = z
  .object({ query: z.string().max(1000), limit: z.number().int().min(1).max(1000).optional() })
  .strict();

export const ReattachSchema = z
  .object({
    id: noteId,
    docId,
    passageId: z.string().min(1).max(200),
    endPassageId: z.string().min(1).max(200).optional(),
    start: offset,
    end: offset,
  })
  .strict();
export type Reattach = z.infer<typeof ReattachSchema>;

/** An item of a session pack: a passage, a highlight, or the trainer's own words between them. */
export const PackItemSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['passage', 'note', 'text']),
  docId: docId.optional(),
  passageId: z.string().max(200).optional(),
  noteId: noteId.optional(),
  /** The trainer's note shown with (or, for 'text', as) the item. */
  text: z.string().max(100_000).optional(),
  /** A quiz card: FAQ passages give it directly; any passage can be marked. */
  quiz: z.object({ question: z.string().max(10_000), answer: z.string().max(100_000) }).optional(),
});
export type PackItem = z.infer<typeof PackItemSchema>;

export const PackSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  layer: LayerNameSchema,
  items: z.array(PackItemSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Pack = z.infer<typeof PackSchema>;

export const PackItemInputSchema = PackItemSchema.omit({ id: true }).extend({
  id: z.string().min(1).max(100).optional(),
});
export type PackItemInput = z.infer<typeof PackItemInputSchema>;

export const ReanchorReportSchema = z.object({
  anchored: z.number().int(),
  moved: z.number().int(),
  changed: z.number().int(),
  orphaned: z.number().int(),
});
export type ReanchorReport = z.infer<typeof ReanchorReportSchema>;

export const BackupInfoSchema = z.object({ file: z.string(), createdAt: z.string(), bytes: z.number().int() });
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const UserStoreHealthSchema = z.object({
  /** 'ok', or 'corrupt' when the start-up check failed and the store opened read-only. */
  state: z.enum(['ok', 'corrupt']),
  readOnly: z.boolean(),
  problem: z.string().optional(),
  /** The newest backup that passes its own integrity check, offered for restore. */
  latestGoodBackup: BackupInfoSchema.optional(),
});
export type UserStoreHealth = z.infer<typeof UserStoreHealthSchema>;

export const ExportFormatSchema = z.enum(['w3c', 'folio', 'md', 'html']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ImportNotesReportSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  packs: z.number().int(),
  needsReview: z.number().int(),
});
export type ImportNotesReport = z.infer<typeof ImportNotesReportSchema>;

/** What the reader needs to draw a document's highlights: small, so a document with 10,000 opens fast. */
export const HighlightMarkSchema = z.object({
  id: z.string(),
  kind: NoteKindSchema,
  passageId: z.string(),
  endPassageId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  colour: HighlightColourSchema.optional(),
  status: AnchorStatusSchema,
  hasNote: z.boolean(),
});
export type HighlightMark = z.infer<typeof HighlightMarkSchema>;

/** A passage as it reads in one version of its document (old versions stay in the library). */
export const VersionedPassageSchema = z.object({
  docId: z.string(),
  version: z.number().int(),
  passageId: z.string(),
  number: z.string().optional(),
  text: z.string(),
});
export type VersionedPassage = z.infer<typeof VersionedPassageSchema>;

/** What the review queue shows side by side: the passage the note was on, and where it is now. */
export const NoteReviewSchema = z.object({
  note: NoteSchema,
  before: VersionedPassageSchema.optional(),
  after: VersionedPassageSchema.optional(),
});
export type NoteReview = z.infer<typeof NoteReviewSchema>;
