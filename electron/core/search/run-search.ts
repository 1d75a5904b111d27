import type Database from 'better-sqlite3';
import type { SearchResult } from '../../../shared/model';
import type { Budget } from './budget';
import type { SynonymIndex } from './query/plan';
import type { SearchStatements } from './rank/statements';
import { orderByStatus } from './rank/status-order';
import { withWrittenLabels } from './rank/written-labels';
import { searchPassages } from './search-passages';
import { statusOnlySearch } from './status-only';

/**
 * One search, wherever it runs (this thread or the search worker): a status-only query lists
 * documents, anything else goes through the passage pipeline; then not-in-force hits yield ties
 * to in-force ones and hits carry their clause labels as written.
 */
export function runSearch(
  db: Database.Database,
  statements: SearchStatements,
  synonyms: SynonymIndex,
  input: { query: string; limit?: number },
  budget: Budget,
): SearchResult {
  const result = statusOnlySearch(db, input) ?? searchPassages(statements, synonyms, input, budget);
  return withWrittenLabels(db, orderByStatus(db, result));
}
