import type { Migration } from '../migration';

/**
 * Passages of every version (old versions stay for comparison and re-anchoring).
 * `seq` is the FTS rowid; `id` is the stable passage ID shared across versions.
 */
export const passages: Migration = {
  version: 20,
  name: 'passages',
  sql: `
    CREATE TABLE passages (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL,
      version_id INTEGER NOT NULL REFERENCES document_versions(id),
      document_id TEXT NOT NULL REFERENCES documents(id),
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('faq', 'article', 'recital', 'section', 'paragraph')),
      number TEXT,
      title TEXT,
      text TEXT NOT NULL,
      path TEXT NOT NULL,
      UNIQUE (version_id, id)
    );
    CREATE INDEX passages_by_id ON passages(id);
    CREATE INDEX passages_by_version ON passages(version_id, ordinal);
  `,
};
