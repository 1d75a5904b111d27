import type { Migration } from '../migration';

/** Documents, their versions, stated relations, and the source files they came from. */
export const documents: Migration = {
  version: 10,
  name: 'documents',
  sql: `
    CREATE TABLE sources (
      path TEXT PRIMARY KEY,
      content_hash TEXT NOT NULL,
      imported_at TEXT NOT NULL
    );
    CREATE INDEX sources_by_hash ON sources(content_hash);
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      source_path TEXT NOT NULL,
      source_name TEXT NOT NULL,
      title TEXT NOT NULL,
      lang TEXT NOT NULL,
      doc_number TEXT,
      doc_number_key TEXT,
      current_version_id INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX documents_by_source ON documents(source_path);
    CREATE INDEX documents_by_number ON documents(doc_number_key);
    CREATE TABLE document_versions (
      id INTEGER PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id),
      version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      title TEXT NOT NULL,
      metadata TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      UNIQUE (document_id, version)
    );
    CREATE TABLE relations (
      version_id INTEGER NOT NULL REFERENCES document_versions(id),
      type TEXT NOT NULL CHECK (type IN ('repeals', 'amends')),
      target TEXT NOT NULL,
      target_key TEXT NOT NULL
    );
    CREATE INDEX relations_by_version ON relations(version_id);
    CREATE INDEX relations_by_target ON relations(target_key);
  `,
};
