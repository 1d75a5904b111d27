import { z } from 'zod';
import { ContentTreeSchema } from './content-tree';

/** The citable unit kinds a document is split into. */
export const passageKinds = ['faq', 'article', 'recital', 'section', 'paragraph'] as const;
export const PassageKindSchema = z.enum(passageKinds);
export type PassageKind = z.infer<typeof PassageKindSchema>;

/** in-force unless another document in the library repeals it. */
export const DocStatusSchema = z.enum(['in-force', 'repealed']);
export type DocStatus = z.infer<typeof DocStatusSchema>;

export const RelationSchema = z.object({
  /** 'repeals' / 'amends' are stated by this document; 'repealed-by' / 'amended-by' are derived. */
  type: z.enum(['repeals', 'amends', 'repealed-by', 'amended-by']),
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

export const PassageSchema = z.object({
  id: z.string(),
  kind: PassageKindSchema,
  number: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  path: z.array(z.string()).optional(),
  /** The text's shape (lists, tables, code, links…); absent when it is plain paragraphs. Its plain text is `text`. */
  content: ContentTreeSchema.optional(),
});
export type Passage = z.infer<typeof PassageSchema>;

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
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** 'all': every word matched; 'any': fell back to ranked any-word matching. */
  mode: z.enum(['all', 'any', 'none']),
  /** Terms the query was reduced to (stop words dropped, synonyms added). */
  terms: z.array(z.string()),
  didYouMean: z.array(z.string()),
  /** A sentence for the results header, e.g. why the fallback happened. */
  notice: z.string().optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SuggestionSchema = z.object({
  text: z.string(),
  kind: z.enum(['document', 'heading', 'faq', 'article']),
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
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const LibraryInfoSchema = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  documents: z.number().int(),
  passages: z.number().int(),
  schemaVersion: z.number().int(),
});
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>;

/** Groups of terms searched as one, e.g. ["央行", "中国人民银行"]. */
export const SynonymGroupsSchema = z.array(z.array(z.string().trim().min(1).max(100)).min(2).max(20)).max(500);
export type SynonymGroups = z.infer<typeof SynonymGroupsSchema>;
