import type { Migration } from '../../db/migration';

/**
 * Bookmarks and highlights with their anchors, tags and layers. Rows are soft-deleted
 * (`deleted_at`) so a delete can be undone; nothing is removed without the user's word.
 */
export const notes: Migration = {
  version: 10,
  name: 'notes',
  sql: `
    CREATE TABLE layers (
      name TEXT PRIMARY KEY,
      created_at TEXT NOT NULL
    );
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('bookmark', 'highlight')),
      layer TEXT NOT NULL REFERENCES layers(name) ON UPDATE CASCADE,
      doc_id TEXT NOT NULL,
      identity TEXT NOT NULL,
      version INTEGER NOT NULL,
      passage_id TEXT,
      end_passage_id TEXT,
      number TEXT,
      start INTEGER,
      "end" INTEGER,
      exact TEXT,
      prefix TEXT,
      suffix TEXT,
      status TEXT NOT NULL CHECK (status IN ('anchored', 'moved', 'changed', 'orphaned')),
      needs_review INTEGER NOT NULL DEFAULT 0,
      previous TEXT,
      colour TEXT,
      note TEXT,
      note_format TEXT NOT NULL DEFAULT 'plain' CHECK (note_format IN ('plain', 'markdown')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX notes_by_doc ON notes(doc_id);
    CREATE INDEX notes_by_review ON notes(needs_review) WHERE needs_review = 1;
    CREATE TABLE note_tags (
      note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (note_id, tag)
    );
    CREATE INDEX note_tags_by_tag ON note_tags(tag);
    INSERT INTO layers (name, created_at) VALUES ('personal', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
  `,
};
