import type Database from 'better-sqlite3';
import type { ParsedDocument, ParsedFile } from '../ingest/types';
import { toIndexText } from '../text/index-text';
import { docNumberKey } from './doc-number';
import { indexPassage, indexPreparedPassage, unindexVersion } from './fts-sync';
import { documentId, passageIds, sha1 } from './ids';
import type { DocumentIndexTexts } from './index-texts';
import { statement } from './statements';

/** Where a parsed file came from: an absolute path, or `folio:seed/…` for the embedded library. */
export interface SourceRecord {
  path: string;
  name: string;
  contentHash: string;
  /** The hash of the file's parsed text (see textHashOf): equal for one text in any encoding or format. */
  textHash?: string;
}

export interface WrittenDocument {
  id: string;
  status: 'added' | 'updated' | 'unchanged';
  passages: number;
  versionId: number;
}

interface ExistingDoc {
  id: string;
  title: string;
  current_version_id: number;
  content_hash: string;
  version: number;
}

/** True when this exact file content was imported from this path before. */
export function isSourceUnchanged(db: Database.Database, path: string, contentHash: string): boolean {
  const row = statement(db, 'SELECT content_hash FROM sources WHERE path = ?').get(path) as
    | { content_hash: string }
    | undefined;
  return row?.content_hash === contentHash;
}

/** Another path already imported with exactly these bytes (a copy of a file in the library), if any. */
export function sourceWithSameContent(db: Database.Database, path: string, contentHash: string): string | null {
  const row = statement(db, 'SELECT path FROM sources WHERE content_hash = ? AND path <> ? LIMIT 1').get(
    contentHash,
    path,
  ) as { path: string } | undefined;
  return row?.path ?? null;
}

/** The text a file holds, hashed: titles, numbers and passage texts of its documents, nothing of its bytes. */
export function textHashOf(parsed: ParsedFile): string {
  return sha1(
    JSON.stringify(
      parsed.documents.map((d) => [d.title, d.passages.map((p) => [p.kind, p.number ?? '', p.title ?? '', p.text])]),
    ),
  );
}

/** A source already in the library with the same text (another encoding or format of one text), if any. */
export function sourceWithSameText(
  db: Database.Database,
  path: string,
  textHash: string,
): { path: string; title: string } | null {
  const row = statement(
    db,
    `SELECT s.path, coalesce((SELECT d.title FROM documents d WHERE d.source_path = s.path ORDER BY d.created_at LIMIT 1), s.path) AS title
       FROM sources s WHERE s.text_hash = ? AND s.path <> ? LIMIT 1`,
  ).get(textHash, path) as { path: string; title: string } | undefined;
  return row ?? null;
}

function documentHash(doc: ParsedDocument): string {
  const { warnings: _warnings, ...content } = doc;
  return sha1(JSON.stringify(content));
}

/** Pairs each parsed document with the document it continues: same title, else the file's only one. */
function matchExisting(existing: ExistingDoc[], docs: readonly ParsedDocument[]): (ExistingDoc | undefined)[] {
  const free = new Set(existing);
  const matches = docs.map((doc) => {
    const hit = existing.find((e) => free.has(e) && e.title === doc.title);
    if (hit) free.delete(hit);
    return hit;
  });
  if (docs.length === 1 && existing.length === 1 && !matches[0]) {
    const only = existing[0]!;
    if (free.has(only)) matches[0] = only;
  }
  return matches;
}

function freshDocumentId(db: Database.Database, sourcePath: string, title: string): string {
  const exists = statement(db, 'SELECT 1 FROM documents WHERE id = ?');
  let id = documentId(sourcePath, title);
  for (let n = 2; exists.get(id); n++) id = documentId(sourcePath, `${title}\n${n}`);
  return id;
}

/** Inserts a new version with its passages and relations, and indexes it: it becomes the current one. */
function insertVersion(
  db: Database.Database,
  docId: string,
  version: number,
  doc: ParsedDocument,
  hash: string,
  now: string,
  prepared?: DocumentIndexTexts,
): number {
  const metadata = JSON.stringify({
    issuers: doc.issuers,
    issuedDate: doc.issuedDate,
    effectiveDate: doc.effectiveDate,
    warnings: doc.warnings,
  });
  const info = statement(
    db,
    'INSERT INTO document_versions (document_id, version, content_hash, title, metadata, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(docId, version, hash, doc.title, metadata, now);
  const versionId = Number(info.lastInsertRowid);
  const insertPassage = statement(
    db,
    'INSERT INTO passages (id, version_id, document_id, ordinal, kind, number, label, title, text, path, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ids = passageIds(docId, doc.passages);
  const docTitleText = prepared?.docTitle ?? toIndexText(doc.title);
  doc.passages.forEach((p, i) => {
    const inserted = insertPassage.run(
      ids[i],
      versionId,
      docId,
      i,
      p.kind,
      p.number ?? null,
      p.label ?? null,
      p.title ?? null,
      p.text,
      JSON.stringify(p.path),
      p.content ? JSON.stringify(p.content) : null,
    );
    const seq = Number(inserted.lastInsertRowid);
    const texts = prepared?.passages[i];
    if (texts) indexPreparedPassage(db, seq, texts, p.number, docTitleText);
    else indexPassage(db, seq, p, docTitleText);
  });
  const insertRelation = statement(
    db,
    'INSERT INTO relations (version_id, type, target, target_key) VALUES (?, ?, ?, ?)',
  );
  for (const r of doc.relations) insertRelation.run(versionId, r.type, r.target, docNumberKey(r.target));
  return versionId;
}

/**
 * Writes every document of one parsed file in a single transaction: all or nothing.
 * Unchanged documents are left alone; a changed one gets a new version (the old one
 * is kept) and the full-text index moves to the new version.
 */
export function writeParsedFile(
  db: Database.Database,
  source: SourceRecord,
  parsed: ParsedFile,
  now: Date = new Date(),
): WrittenDocument[] {
  return db.transaction(() => writeInTransaction(db, source, parsed, now)).immediate();
}

/**
 * Writes several parsed files in ONE transaction, all or nothing. Much faster than a
 * transaction per file: FTS5 writes a new index segment at every commit and savepoint.
 */
export function writeParsedFiles(
  db: Database.Database,
  files: readonly { source: SourceRecord; parsed: ParsedFile; indexTexts?: DocumentIndexTexts[] }[],
  now: Date = new Date(),
): WrittenDocument[][] {
  return db
    .transaction(() => files.map((f) => writeInTransaction(db, f.source, f.parsed, now, f.indexTexts)))
    .immediate();
}

/** The body of writeParsedFile; the caller holds the transaction. */
function writeInTransaction(
  db: Database.Database,
  source: SourceRecord,
  parsed: ParsedFile,
  now: Date,
  indexTexts?: DocumentIndexTexts[],
): WrittenDocument[] {
  const stamp = now.toISOString();
  const existing = statement(
    db,
    `SELECT d.id, d.title, d.current_version_id, v.content_hash, v.version
         FROM documents d JOIN document_versions v ON v.id = d.current_version_id
         WHERE d.source_path = ? ORDER BY d.created_at, d.rowid`,
  ).all(source.path) as ExistingDoc[];
  const matches = matchExisting(existing, parsed.documents);
  const written = parsed.documents.map((doc, i): WrittenDocument => {
    const hash = documentHash(doc);
    const previous = matches[i];
    if (previous && previous.content_hash === hash) {
      return {
        id: previous.id,
        status: 'unchanged',
        passages: doc.passages.length,
        versionId: previous.current_version_id,
      };
    }
    const numberKey = doc.docNumber ? docNumberKey(doc.docNumber) : null;
    if (previous) {
      unindexVersion(db, previous.current_version_id);
      const versionId = insertVersion(db, previous.id, previous.version + 1, doc, hash, stamp, indexTexts?.[i]);
      statement(
        db,
        'UPDATE documents SET title = ?, lang = ?, doc_number = ?, doc_number_key = ?, current_version_id = ?, updated_at = ? WHERE id = ?',
      ).run(doc.title, doc.lang, doc.docNumber ?? null, numberKey, versionId, stamp, previous.id);
      return { id: previous.id, status: 'updated', passages: doc.passages.length, versionId };
    }
    const id = freshDocumentId(db, source.path, doc.title);
    statement(
      db,
      `INSERT INTO documents (id, source_path, source_name, title, lang, doc_number, doc_number_key, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, source.path, source.name, doc.title, doc.lang, doc.docNumber ?? null, numberKey, stamp, stamp);
    const versionId = insertVersion(db, id, 1, doc, hash, stamp, indexTexts?.[i]);
    statement(db, 'UPDATE documents SET current_version_id = ? WHERE id = ?').run(versionId, id);
    return { id, status: 'added', passages: doc.passages.length, versionId };
  });
  statement(
    db,
    `INSERT INTO sources (path, content_hash, imported_at, text_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, imported_at = excluded.imported_at,
         text_hash = excluded.text_hash`,
  ).run(source.path, source.contentHash, stamp, source.textHash ?? textHashOf(parsed));
  return written;
}
