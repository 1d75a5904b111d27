import type { Migration } from '../migration';

/**
 * Search state: the user's synonym list (absent row = built-in list) and the persisted
 * suggestion index (MiniSearch JSON) with the document versions it reflects, so a
 * start-up can tell whether it is current.
 */
export const search: Migration = {
  version: 40,
  name: 'search',
  sql: `
    CREATE TABLE search_synonyms (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      groups TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE search_suggest_index (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      format INTEGER NOT NULL,
      doc_versions TEXT NOT NULL,
      data TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
