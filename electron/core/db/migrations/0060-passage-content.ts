import type { Migration } from '../migration';

/**
 * A passage's shape beside its plain text: the content tree (shared/content-tree.ts) as JSON,
 * NULL when the passage is plain paragraphs. Its plain text equals `text`, so every offset
 * (search, snippets, find, notes) stays on `text`.
 */
export const passageContent: Migration = {
  version: 60,
  name: 'passage-content',
  sql: `ALTER TABLE passages ADD COLUMN content TEXT;`,
};
