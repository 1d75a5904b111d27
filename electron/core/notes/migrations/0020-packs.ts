import type { Migration } from '../../db/migration';

/** Session packs: named, ordered lists of passages, highlights and the trainer's words between them. */
export const packs: Migration = {
  version: 20,
  name: 'packs',
  sql: `
    CREATE TABLE packs (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      layer TEXT NOT NULL REFERENCES layers(name) ON UPDATE CASCADE,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE pack_items (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('passage', 'note', 'text')),
      doc_id TEXT,
      passage_id TEXT,
      note_id TEXT,
      text TEXT,
      question TEXT,
      answer TEXT
    );
    CREATE INDEX pack_items_by_pack ON pack_items(pack_id, position);
  `,
};
