import type { SearchResult, Suggestion, SynonymGroups } from '../../../shared/model';

/**
 * What the service needs from search. Implemented in ./create-engine.ts.
 * Synchronous: better-sqlite3 is synchronous and every call is short.
 */
export interface SearchEngine {
  search(input: { query: string; limit?: number }): SearchResult;
  suggest(input: { prefix: string; limit?: number }): Suggestion[];
  getSynonyms(): SynonymGroups;
  setSynonyms(groups: SynonymGroups): SynonymGroups;
  /** Called after an import changed these documents' current versions (added or updated). */
  documentsChanged(docIds: readonly string[]): void;
  close(): void;
}
