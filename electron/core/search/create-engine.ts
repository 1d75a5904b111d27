import type Database from 'better-sqlite3';
import { searchTimeBudgetMs } from '../../../shared/limits';
import type { SearchResult, SynonymGroups } from '../../../shared/model';
import { Budget, type Clock } from './budget';
import type { SearchEngine } from './engine';
import { SynonymIndex } from './query/plan';
import { SearchStatements } from './rank/statements';
import { runSearch } from './run-search';
import { SuggestIndex, type SuggestLoad, type SuggestSnapshot } from './suggest/suggest-index';
import { VocabSpeller } from './suggest/vocab-speller';
import { SynonymStore } from './synonyms/store';

export const defaultSuggestLimit = 8;
/** Longest query "Did you mean" is offered for (a typed question, not a pasted page). */
export const didYouMeanUpTo = 200;

/** The engine plus what tests and the benchmark look at. */
export interface FolioSearchEngine extends SearchEngine {
  /** Adds "Did you mean" to a result searched elsewhere (the search worker) when it found nothing. */
  complete(input: { query: string }, result: SearchResult): SearchResult;
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
export function createSearchEngine(
  db: Database.Database,
  options: {
    dataDir: string | null;
    /** Time budget of one search (default: searchTimeBudgetMs); tests inject a tiny one. */
    timeBudgetMs?: number;
    /** The clock the budget is measured by (default: performance.now). */
    clock?: Clock;
    /** Where the suggestion index is saved (default: into `db`; the read worker sends it to the serving thread). */
    saveSuggestions?: (snapshot: SuggestSnapshot) => void;
  },
): FolioSearchEngine {
  const statements = new SearchStatements(db);
  const synonymStore = new SynonymStore(db);
  let synonyms = new SynonymIndex(synonymStore.get());
  const suggestions = new SuggestIndex(db, {
    persist: options.dataDir !== null,
    ...(options.saveSuggestions ? { save: options.saveSuggestions } : {}),
  });
  const speller = new VocabSpeller(db);
  const respell = (word: string) => speller.respell(word);

  const complete = (input: { query: string }, result: SearchResult): SearchResult => {
    if (result.hits.length > 0 || result.terms.length === 0 || result.partial) return result;
    // Respelling is per word: a long query (a paste) gets no suggestions rather than thousands of lookups.
    if (input.query.length > didYouMeanUpTo) return result;
    return { ...result, didYouMean: suggestions.didYouMean(input.query, 3, respell) };
  };

  return {
    search(input): SearchResult {
      const budget = new Budget(options.timeBudgetMs ?? searchTimeBudgetMs, options.clock);
      return complete(input, runSearch(db, statements, synonyms, input, budget));
    },
    complete,
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
