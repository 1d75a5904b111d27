import type { Migration } from '../migration';

/**
 * Full-text index over the current version's passages, rowid = passages.seq.
 * Columns hold index text (see core/text/index-text.ts: width-folded, Han runs as
 * overlapping bigrams), so this is a table of its own rather than external content.
 */
export const fts: Migration = {
  version: 30,
  name: 'fts',
  sql: `
    CREATE VIRTUAL TABLE passage_fts USING fts5(
      title, number, body, doc_title,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
  `,
};
