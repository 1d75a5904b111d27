import type Database from 'better-sqlite3';
import type { SearchResult, SynonymGroups } from '../../../shared/model';
import type { SearchEngine } from './engine';
import { SynonymIndex } from './query/plan';
import { SearchStatements } from './rank/statements';
import { orderByStatus } from './rank/status-order';
import { withWrittenLabels } from './rank/written-labels';
import { searchPassages } from './search-passages';
import { statusOnlySearch } from './status-only';
import { SuggestIndex, type SuggestLoad } from './suggest/suggest-index';
import { VocabSpeller } from './suggest/vocab-speller';
import { SynonymStore } from './synonyms/store';

export const defaultSuggestLimit = 8;

/** The engine plus what tests and the benchmark look at. */
export interface FolioSearchEngine extends SearchEngine {
  /** How the suggestion index was loaded: 'not-loaded' until the first suggestion. */
  suggestLoad(): SuggestLoad;
}

/**
 * Creates the search engine over an open library database. `dataDir: null` keeps the
 * suggestion index in memory only (tests); otherwise it is persisted in the database.
 *
 *   const engine = createSearchEngine(openDatabase(dir), { dataDir: dir });
 *   engine.search({ query: 'rate limit' }).hits[0]?.title
 */
export function createSearchEngine(db: Database.Database, options: { dataDir: string | null }): FolioSearchEngine {
  const statements = new SearchStatements(db);
  const synonymStore = new SynonymStore(db);
  let synonyms = new SynonymIndex(synonymStore.get());
  const suggestions = new SuggestIndex(db, { persist: options.dataDir !== null });
  const speller = new VocabSpeller(db);
  const respell = (word: string) => speller.respell(word);

  return {
    search(input): SearchResult {
      const listed = statusOnlySearch(db, input);
      if (listed) return withWrittenLabels(db, orderByStatus(db, listed));
      const result = withWrittenLabels(db, orderByStatus(db, searchPassages(statements, synonyms, input)));
      if (result.hits.length > 0 || result.terms.length === 0) return result;
      return { ...result, didYouMean: suggestions.didYouMean(input.query, 3, respell) };
    },
    suggest(input) {
      return suggestions.suggest(input.prefix, Math.max(1, Math.min(50, input.limit ?? defaultSuggestLimit)));
    },
    getSynonyms() {
      return synonymStore.get();
    },
    setSynonyms(groups: SynonymGroups) {
      const saved = synonymStore.set(groups);
      synonyms = new SynonymIndex(saved);
      return saved;
    },
    documentsChanged(docIds) {
      statements.forgetCounts();
      suggestions.documentsChanged(docIds);
    },
    suggestLoad() {
      return suggestions.load;
    },
    close() {
      // Statements die with the database; nothing else holds resources.
    },
  };
}
