import type { Migration } from '../migration';

/**
 * Full-text index over the current version's passages, rowid = passages.seq.
 * Columns hold index text (see core/text/index-text.ts: width-folded, Han runs as
 * overlapping bigrams), so it cannot be external content; and it is contentless: search
 * reads only rowid and bm25 from it (snippets come from passages.text), so a stored copy of
 * the index text — over twice the size of the Chinese text it stands for — would be dead weight.
 */
export const fts: Migration = {
  version: 30,
  name: 'fts',
  sql: `
    CREATE VIRTUAL TABLE passage_fts USING fts5(
      title, number, body, doc_title,
      content = '', contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
  `,
};
