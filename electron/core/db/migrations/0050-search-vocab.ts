import type { Migration } from '../migration';

/**
 * Search lookups: passages by clause number ("Article 10", 第十条 → number '10'), and
 * the index's vocabulary for "did you mean" on words that occur only in passage bodies:
 * passage_vocab (term, passages holding it) and passage_vocab_instance (term, rowid, …),
 * read-only views over passage_fts with no data of their own.
 */
export const searchVocab: Migration = {
  version: 50,
  name: 'search-vocab',
  sql: `
    CREATE INDEX passages_by_number ON passages(number);
    CREATE VIRTUAL TABLE passage_vocab USING fts5vocab(passage_fts, row);
    CREATE VIRTUAL TABLE passage_vocab_instance USING fts5vocab(passage_fts, instance);
  `,
};
