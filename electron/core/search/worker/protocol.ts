import type { ErrorData } from '../../../../shared/errors';
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
  | { type: 'error'; id: number; error: ErrorData };
