import './zod-jitless';
import { z } from 'zod';
import { FirstScreenSchema } from './first-screen';
import { maxQueryChars, maxSearchHits } from './limits';
import type { MethodName } from './methods';
import {
  ComparisonSchema,
  DocumentDetailSchema,
  DocumentSummarySchema,
  ImportProgressSchema,
  LibraryInfoSchema,
  PassageCitationsSchema,
  SearchResultSchema,
  SuggestionSchema,
  SynonymGroupsSchema,
} from './model';
import { notesContract } from './notes-api';
import { SettingsPatchSchema, SettingsSchema } from './settings';

const id = z.string().min(1).max(200);

/**
 * `getDocument`'s `firstScreen`: only the passages a reader's first screen needs, around the
 * passage `around` (else from the top), so a long document paints before all of it arrives.
 */

/**
 * A document as `getDocument` returns it. `window` is set when `passages` are only a first
 * screen's: `passages[0]` is the document's passage number `start` (0-based) of `total`;
 * the same call without `firstScreen` returns them all. A short document comes whole (no window).
 */
export const DocumentReplySchema = DocumentDetailSchema.extend({
  window: z.object({ start: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
});
export type DocumentReply = z.infer<typeof DocumentReplySchema>;

/**
 * The typed API, declared once: each method's input schema and output schema.
 * A new method is one entry here plus one function in the core service.
 */
export const contract = {
  libraryInfo: { input: z.object({}).strict(), output: LibraryInfoSchema },
  listDocuments: { input: z.object({}).strict(), output: z.array(DocumentSummarySchema) },
  /**
   * `version`: a `VersionEntry.ref` of this document's versions list (default: the current one).
   * `firstScreen`: only the passages around one (see DocumentReplySchema's `window`).
   */
  getDocument: {
    input: z
      .object({ id, version: z.string().min(1).max(200).optional(), firstScreen: FirstScreenSchema.optional() })
      .strict(),
    output: DocumentReplySchema,
  },
  /** Where other documents cite this law's clauses (asked after the document is shown: it reads the library). */
  citedElsewhere: { input: z.object({ id }).strict(), output: z.array(PassageCitationsSchema) },
  /** Clause-level comparison of two versions (refs as in `versions`; default: the previous one → this one). */
  compareVersions: {
    input: z
      .object({ id, from: z.string().min(1).max(200).optional(), to: z.string().min(1).max(200).optional() })
      .strict(),
    output: ComparisonSchema,
  },
  search: {
    input: z
      .object({
        query: z.string().max(maxQueryChars),
        limit: z.number().int().min(1).max(maxSearchHits).optional(),
      })
      .strict(),
    output: SearchResultSchema,
  },
  suggest: {
    input: z.object({ prefix: z.string().max(200), limit: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.array(SuggestionSchema),
  },
  getSynonyms: { input: z.object({}).strict(), output: SynonymGroupsSchema },
  setSynonyms: { input: z.object({ groups: SynonymGroupsSchema }).strict(), output: SynonymGroupsSchema },
  startImport: {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    output: z.object({ jobId: z.string() }),
  },
  importStatus: { input: z.object({ jobId: id }).strict(), output: ImportProgressSchema },
  /** Recent imports, newest first, whoever started them (the renderer watches these for menu imports). */
  listImports: { input: z.object({}).strict(), output: z.array(ImportProgressSchema) },
  /** Stops an import between files; a queued one never starts. Returns the job as it is now. */
  cancelImport: { input: z.object({ jobId: id }).strict(), output: ImportProgressSchema },
  ...notesContract,
  getSettings: { input: z.object({}).strict(), output: SettingsSchema },
  /** Changes the given settings, keeps the rest; returns all of them and emits `settingsChanged`. */
  setSettings: { input: z.object({ patch: SettingsPatchSchema }).strict(), output: SettingsSchema },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the core implements and what every client presents. */
export type KbApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };
