import './zod-jitless';
import { z } from 'zod';
import { ContentTreeSchema } from './content-tree';
import { errorCodes } from './errors';

/** The citable unit kinds a document is split into. */
export const passageKinds = ['faq', 'article', 'recital', 'section', 'paragraph'] as const;
export const PassageKindSchema = z.enum(passageKinds);
export type PassageKind = z.infer<typeof PassageKindSchema>;

/**
 * in-force unless another document in the library repeals it ('repealed') or a later dated
 * version of the same law is in the library ('superseded').
 */
export const DocStatusSchema = z.enum(['in-force', 'repealed', 'superseded']);
export type DocStatus = z.infer<typeof DocStatusSchema>;

export const RelationSchema = z.object({
  /**
   * 'repeals' / 'amends' are stated by this document; 'repealed-by' / 'amended-by' are derived;
   * 'supersedes' / 'superseded-by' link dated versions of the same law (same title and language).
   */
  type: z.enum(['repeals', 'amends', 'repealed-by', 'amended-by', 'supersedes', 'superseded-by']),
  /** The other document's number as written, e.g. "Yinfa [2021] No. 237". */
  target: z.string(),
  /** Set when the other document is in the library. */
  targetDocId: z.string().optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  passages: z.number().int(),
  lang: z.string(),
  docNumber: z.string().optional(),
  status: DocStatusSchema.optional(),
  sourceName: z.string(),
  version: z.number().int(),
  importedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** A cross-reference found in a passage's text: the range [start, end) of `text` and where it leads. */
export const CrossRefSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  docId: z.string(),
  /** Absent when the reference names a whole document. */
  passageId: z.string().optional(),
  /** The paragraph (0-based, as shown: non-blank lines) where the 款 referred to starts. */
  paragraph: z.number().int().optional(),
});
export type CrossRef = z.infer<typeof CrossRefSchema>;

/**
 * A passage that refers to this one, with how many times it does: of the same document, or
 * (with `docId`, `docTitle` and its clause) of another document in the library.
 */
export const CitedBySchema = z.object({
  passageId: z.string(),
  count: z.number().int(),
  docId: z.string().optional(),
  docTitle: z.string().optional(),
  kind: PassageKindSchema.optional(),
  number: z.string().optional(),
});
export type CitedBy = z.infer<typeof CitedBySchema>;

/** The passages of other documents citing one passage of a law. */
export const PassageCitationsSchema = z.object({ passageId: z.string(), citedBy: z.array(CitedBySchema) });
export type PassageCitations = z.infer<typeof PassageCitationsSchema>;

export const PassageSchema = z.object({
  id: z.string(),
  kind: PassageKindSchema,
  number: z.string().optional(),
  /** The clause label as the source writes it, when the number alone cannot say it ("(IX)"). */
  label: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  path: z.array(z.string()).optional(),
  /** Cross-references in `text` (getDocument only). */
  refs: z.array(CrossRefSchema).optional(),
  /** Passages of this document citing this one (getDocument only). */
  citedBy: z.array(CitedBySchema).optional(),
  /** The text's shape (lists, tables, code, links…); absent when it is plain paragraphs. Its plain text is `text`. */
  content: ContentTreeSchema.optional(),
});
export type Passage = z.infer<typeof PassageSchema>;

/**
 * One version of a law as the reader lists it: a stored version of this document, or
 * another document that is a dated version of the same law. `ref` names it for
 * `getDocument`/`compareVersions` ("3" = version 3 of this document, else a document ID).
 */
export const VersionEntrySchema = z.object({
  ref: z.string(),
  docId: z.string(),
  version: z.number().int(),
  date: z.string().optional(),
  current: z.boolean(),
});
export type VersionEntry = z.infer<typeof VersionEntrySchema>;

export const DocumentDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.string(),
  docNumber: z.string().optional(),
  status: DocStatusSchema.optional(),
  issuers: z.array(z.string()).optional(),
  issuedDate: z.string().optional(),
  effectiveDate: z.string().optional(),
  sourceName: z.string(),
  version: z.number().int(),
  relations: z.array(RelationSchema),
  /** Every version of this law, oldest first (this one included, `current` on the shown one). */
  versions: z.array(VersionEntrySchema).optional(),
  passages: z.array(PassageSchema),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** Character ranges [start, end) into a string, used for highlights. */
export const RangesSchema = z.array(z.tuple([z.number().int(), z.number().int()]));
export type Ranges = z.infer<typeof RangesSchema>;

export const SearchHitSchema = z.object({
  docId: z.string(),
  docTitle: z.string(),
  passageId: z.string(),
  kind: PassageKindSchema,
  number: z.string().optional(),
  title: z.string().optional(),
  path: z.array(z.string()).optional(),
  /** Plain text excerpt; `highlights` marks the matched terms inside it. */
  snippet: z.string(),
  highlights: RangesSchema,
  /** Higher is better. */
  score: z.number(),
  /** Why it matched: the fields and the query terms found there. */
  matched: z.object({ fields: z.array(z.string()), terms: z.array(z.string()) }),
  /** Set when the hit's document is not in force ('repealed' or 'superseded'). */
  docStatus: DocStatusSchema.optional(),
  /** The clause label as the source wrote it, where the number cannot say it ("(IX)"). */
  label: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/**
 * Something a client should tell the user about a search:
 * - `terms-dropped`: the query had more distinct terms than the cap; only the first `kept` were searched;
 * - `any-word-fallback`: requiring every word found `allWordsHits` passages, so any word may match;
 * - `time-budget`: the search stopped after `budgetMs` and returned what it had;
 * - `passage-lookup`: the query was taken as a pasted passage, located by `phrases` of its phrases;
 * - `nothing-to-search`: the query held filters only, or nothing searchable.
 * - `date-ignored`: a `date:` filter whose `value` names no date (`date:soon`) was left out.
 */
export const SearchNoticeSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('terms-dropped'), kept: z.number().int(), dropped: z.number().int() }),
  z.object({ code: z.literal('any-word-fallback'), allWordsHits: z.number().int() }),
  z.object({ code: z.literal('time-budget'), budgetMs: z.number() }),
  z.object({ code: z.literal('passage-lookup'), phrases: z.number().int() }),
  z.object({ code: z.literal('nothing-to-search') }),
  z.object({ code: z.literal('date-ignored'), value: z.string() }),
]);
export type SearchNotice = z.infer<typeof SearchNoticeSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** 'all': every word matched; 'any': fell back to ranked any-word matching. */
  mode: z.enum(['all', 'any', 'none']),
  /** Terms the query was reduced to (stop words dropped, synonyms added). */
  terms: z.array(z.string()),
  didYouMean: z.array(z.string()),
  /** True when the time budget ran out: the hits are the best found so far, not necessarily all. */
  partial: z.boolean(),
  /** What the engine did to the query, as codes the clients word (never sentences). */
  notices: z.array(SearchNoticeSchema),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SuggestionSchema = z.object({
  text: z.string(),
  /** 'tag': one of the user's note tags (docId ''); choosing it searches `in:notes TAG`. */
  kind: z.enum(['document', 'heading', 'faq', 'article', 'tag']),
  docId: z.string(),
  passageId: z.string().optional(),
  docTitle: z.string(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const FileReportSchema = z.object({
  file: z.string(),
  status: z.enum(['added', 'updated', 'unchanged', 'failed']),
  documents: z.number().int(),
  passages: z.number().int(),
  warnings: z.array(z.string()),
  error: z.string().optional(),
});
export type FileReport = z.infer<typeof FileReportSchema>;

export const ImportReportSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  passages: z.number().int(),
  files: z.array(FileReportSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  filesDone: z.number().int(),
  filesTotal: z.number().int(),
  currentFile: z.string().optional(),
  report: ImportReportSchema.optional(),
  error: z.string().optional(),
  /** Why a failed job failed, as a code the renderer words (CANCELLED, DISK_FULL, …). */
  errorCode: z.enum(errorCodes).optional(),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const LibraryInfoSchema = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  documents: z.number().int(),
  passages: z.number().int(),
  schemaVersion: z.number().int(),
  /** The library or its folder cannot be written: reading works, changes are refused (READ_ONLY). */
  readOnly: z.boolean().optional(),
  /** A WAL found beside the library that did not belong to it, renamed to this path at start. */
  walSetAside: z.string().optional(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

/** Groups of terms searched as one, e.g. ["央行", "中国人民银行"]. */
export const SynonymGroupsSchema = z.array(z.array(z.string().trim().min(1).max(100)).min(2).max(20)).max(500);
export type SynonymGroups = z.infer<typeof SynonymGroupsSchema>;

export const compareStatuses = ['unchanged', 'renumbered', 'changed', 'removed', 'added'] as const;
export type CompareStatus = (typeof compareStatuses)[number];

/** One article in a version comparison (every article of the older version once, then the added ones). */
export const ComparedArticleSchema = z.object({
  /** The number in the older version (for 'added': in the newer one). */
  number: z.string().optional(),
  status: z.enum(compareStatuses),
  /** The number in the newer version, when it differs or the article was changed. */
  to: z.string().optional(),
  /** 0–1 likeness of the texts (changed articles only). */
  similarity: z.number().optional(),
  kind: PassageKindSchema,
  /** The text in the older version (absent for 'added'). */
  fromText: z.string().optional(),
  /** The text in the newer version (absent for 'removed'). */
  toText: z.string().optional(),
  fromPassageId: z.string().optional(),
  toPassageId: z.string().optional(),
});
export type ComparedArticle = z.infer<typeof ComparedArticleSchema>;

export const ComparisonSchema = z.object({
  from: VersionEntrySchema,
  to: VersionEntrySchema,
  lang: z.string(),
  title: z.string(),
  counts: z.record(z.enum(compareStatuses), z.number().int()),
  articles: z.array(ComparedArticleSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
