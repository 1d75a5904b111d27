import { z } from 'zod';
import { contract, type MethodInput, type MethodOutput } from '../../../shared/api';
import { errorCodes } from '../../../shared/errors';
import { type SearchResult, SearchResultSchema } from '../../../shared/model';
import type { SuggestSnapshot } from '../search/suggest/suggest-index';

/** Contract methods a read worker answers (the serving thread forwards them unchanged). */
export const contractReads = [
  'listDocuments',
  'getDocument',
  'compareVersions',
  'citedElsewhere',
  'suggest',
  'exportNotes',
  'exportPack',
  'documentMarks',
] as const;
export type ContractRead = (typeof contractReads)[number];

/**
 * What a read worker answers: the contract reads plus two pieces of `search` that need what
 * the worker holds: "Did you mean" (the suggestion index) and `in:notes` (the user store).
 */
export type ReadMethod = ContractRead | 'didYouMean' | 'searchInNotes';

export type ReadInput<M extends ReadMethod> = M extends ContractRead
  ? MethodInput<M>
  : M extends 'didYouMean'
    ? { query: string; result: SearchResult }
    : { words: string[]; limit: number };

export type ReadOutput<M extends ReadMethod> = M extends ContractRead ? MethodOutput<M> : SearchResult;

/** The schema each reply is checked against before it leaves the worker. */
export function outputSchema(method: ReadMethod): z.ZodType {
  return method === 'didYouMean' || method === 'searchInNotes' ? SearchResultSchema : contract[method].output;
}

/** What a read worker starts with. */
export interface ReadWorkerData {
  dataDir: string;
  /** Whether the library can be written by the serving thread: only then are suggestion snapshots sent to be saved. */
  persistSuggestions: boolean;
}

export type ReadRequest =
  | { type: 'call'; id: number; method: ReadMethod; input: unknown }
  | { type: 'documents-changed'; docIds: string[] }
  /** The user store file was replaced (a restore): reopen it. */
  | { type: 'user-store-replaced' };

export type ReadReply =
  /** Sent once the worker has loaded and opened the library: calls are timed from then on. */
  | { type: 'ready' }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; error: { code: (typeof errorCodes)[number]; message: string } }
  /** The suggestion index changed: the serving thread (which holds the writable library) saves it. */
  | { type: 'suggest-snapshot'; snapshot: SuggestSnapshot };

/**
 * The envelope every reply is checked against on the serving thread. A result's value was
 * already parsed with the method's contract schema in the worker (`outputSchema`), and the
 * structured clone carries exactly that parsed value: parsing it again here would put the
 * cost this worker exists to move (a 2.5 MB document) back on the serving thread.
 */
export const ReadReplySchema: z.ZodType<ReadReply> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('result'), id: z.number().int(), value: z.unknown() }),
  z.object({
    type: z.literal('error'),
    id: z.number().int(),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
  z.object({
    type: z.literal('suggest-snapshot'),
    snapshot: z.object({ format: z.number(), docVersions: z.string(), data: z.string() }),
  }),
]);
