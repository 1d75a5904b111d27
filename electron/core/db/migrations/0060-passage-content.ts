import type { Migration } from '../migration';

/**
 * A passage's shape beside its plain text: the content tree (shared/content-tree.ts) as JSON,
 * NULL when the passage is plain paragraphs. Its plain text equals `text`, so every offset
 * (search, snippets, find, notes) stays on `text`.
 * A source's text hash (its parsed documents' text, whatever the file's encoding or format):
 * a file with the same text as one in the library is a duplicate.
 */
export const passageContent: Migration = {
  version: 60,
  name: 'passage-content',
  sql: `
    ALTER TABLE passages ADD COLUMN content TEXT;
    ALTER TABLE sources ADD COLUMN text_hash TEXT;
    CREATE INDEX sources_by_text_hash ON sources(text_hash);
  `,
};
