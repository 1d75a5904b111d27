import { z } from 'zod';
import { errorCodes } from '../../../../shared/errors';
import type { SearchResult, SynonymGroups } from '../../../../shared/model';

/** What the search worker starts with. */
export interface SearchWorkerData {
  dataDir: string;
  timeBudgetMs: number;
  synonyms: SynonymGroups;
}

export type SearchRequest =
  | { type: 'search'; id: number; input: { query: string; limit?: number } }
  | { type: 'synonyms'; groups: SynonymGroups }
  | { type: 'documents-changed' };

export type SearchReply =
  /** Sent once the worker has loaded and opened the library: calls are timed from then on. */
  | { type: 'ready' }
  | { type: 'result'; id: number; result: SearchResult }
  | { type: 'error'; id: number; error: { code: (typeof errorCodes)[number]; message: string } };

/**
 * The envelope every reply is checked against on the serving thread. A result was parsed
 * with the contract's SearchResultSchema in the worker, and the structured clone carries
 * exactly that value: parsing 1,000 hits again here would put work back on the serving thread.
 */
export const SearchReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('result'), id: z.number().int(), result: z.unknown() }),
  z.object({
    type: z.literal('error'),
    id: z.number().int(),
    error: z.object({ code: z.enum(errorCodes), message: z.string() }),
  }),
]);
