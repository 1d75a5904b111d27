import type Database from 'better-sqlite3';
import { ContentTreeSchema, contentPlainText } from '../../../shared/content-tree';
import { KbError } from '../../../shared/errors';
import type { DocStatus, DocumentDetail, DocumentSummary, Passage, Relation } from '../../../shared/model';
import { attachCrossRefs } from '../law/resolve-refs';
import { lawVersions, supersededSql, supersedeRelations } from '../law/supersede';

/** SQL for "this document is repealed by a current version of another document in the library". */
export const statedRepealSql = `EXISTS (
  SELECT 1 FROM relations r JOIN documents o ON o.current_version_id = r.version_id
  WHERE r.type = 'repeals' AND d.doc_number_key IS NOT NULL AND r.target_key = d.doc_number_key AND o.id <> d.id
)`;

/**
 * SQL for "this document is no longer in force": repealed by another document, or superseded
 * by a later dated version of the same law. The search filters (`status:`) use this one; the
 * inner query names its own `d`, so it does not depend on the row and runs once per search.
 */
export const repealedSql = `(d.id IN (SELECT d.id FROM documents d WHERE ${statedRepealSql} OR ${supersededSql}))`;

/** SQL for "another dated version of the same law is in the library" (so the status is worth showing). */
const hasVersionsSql = `EXISTS (SELECT 1 FROM documents o WHERE o.title = d.title AND o.lang = d.lang AND o.id <> d.id)`;

interface SummaryRow {
  id: string;
  title: string;
  lang: string;
  doc_number: string | null;
  source_name: string;
  version: number;
  imported_at: string;
  passages: number;
  repealed: number;
  superseded: number;
  versioned: number;
}

function status(r: { repealed: number; superseded: number }): DocStatus {
  return r.repealed ? 'repealed' : r.superseded ? 'superseded' : 'in-force';
}

/** A status is shown for numbered documents and for laws with other versions in the library. */
function statusOf(r: { doc_number: string | null; repealed: number; superseded: number; versioned: number }) {
  return r.doc_number || r.superseded || r.versioned ? { status: status(r) } : {};
}

export function listDocuments(db: Database.Database): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.lang, d.doc_number, d.source_name, v.version, v.imported_at,
         (SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id) AS passages,
         ${statedRepealSql} AS repealed, ${supersededSql} AS superseded, ${hasVersionsSql} AS versioned
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id
       ORDER BY d.created_at, d.rowid`,
    )
    .all() as SummaryRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    passages: r.passages,
    lang: r.lang,
    ...(r.doc_number ? { docNumber: r.doc_number } : {}),
    ...statusOf(r),
    sourceName: r.source_name,
    version: r.version,
    importedAt: r.imported_at,
  }));
}

interface PassageRow {
  id: string;
  kind: Passage['kind'];
  number: string | null;
  label?: string | null;
  title: string | null;
  text: string;
  path: string;
  content?: string | null;
}

/** The stored content tree, when it is well formed and still maps onto the passage text. */
function contentOf(r: PassageRow): Passage['content'] {
  if (!r.content) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(r.content);
  } catch {
    return undefined;
  }
  const parsed = ContentTreeSchema.safeParse(raw);
  return parsed.success && contentPlainText(parsed.data) === r.text ? parsed.data : undefined;
}

export function toPassage(r: PassageRow): Passage {
  const path = JSON.parse(r.path) as string[];
  const content = contentOf(r);
  return {
    id: r.id,
    kind: r.kind,
    ...(r.number ? { number: r.number } : {}),
    ...(r.label ? { label: r.label } : {}),
    ...(r.title ? { title: r.title } : {}),
    text: r.text,
    ...(path.length > 0 ? { path } : {}),
    ...(content ? { content } : {}),
  };
}

function relationsOf(db: Database.Database, docId: string, versionId: number, numberKey: string | null): Relation[] {
  const stated = db
    .prepare(
      `SELECT r.type, r.target,
         (SELECT o.id FROM documents o WHERE o.doc_number_key = r.target_key AND o.id <> ? LIMIT 1) AS target_doc
       FROM relations r WHERE r.version_id = ? ORDER BY r.rowid`,
    )
    .all(docId, versionId) as { type: 'repeals' | 'amends'; target: string; target_doc: string | null }[];
  const relations: Relation[] = stated.map((r) => ({
    type: r.type,
    target: r.target,
    ...(r.target_doc ? { targetDocId: r.target_doc } : {}),
  }));
  if (numberKey) {
    const incoming = db
      .prepare(
        `SELECT r.type, o.id, coalesce(o.doc_number, o.title) AS label
         FROM relations r JOIN documents o ON o.current_version_id = r.version_id
         WHERE r.target_key = ? AND o.id <> ? ORDER BY o.created_at`,
      )
      .all(numberKey, docId) as { type: 'repeals' | 'amends'; id: string; label: string }[];
    for (const r of incoming) {
      relations.push({ type: r.type === 'repeals' ? 'repealed-by' : 'amended-by', target: r.label, targetDocId: r.id });
    }
  }
  return relations;
}

/**
 * One document with its passages, relations, versions and cross-references. `version`
 * picks a stored version of this document by number ("2"); default: the current one.
 */
export function getDocument(db: Database.Database, id: string, version?: string): DocumentDetail {
  const d = db
    .prepare(
      `SELECT d.id, d.title, d.lang, d.doc_number, d.doc_number_key, d.source_name, d.current_version_id,
         v.version, v.metadata, ${statedRepealSql} AS repealed, ${supersededSql} AS superseded,
         ${hasVersionsSql} AS versioned
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?`,
    )
    .get(id) as
    | (Omit<SummaryRow, 'passages' | 'imported_at'> & {
        doc_number_key: string | null;
        current_version_id: number;
        metadata: string;
      })
    | undefined;
  if (!d) throw new KbError('NOT_FOUND', `No document with ID ${id}`);
  const shown = version === undefined ? null : storedVersion(db, id, version);
  const versionId = shown?.id ?? d.current_version_id;
  const meta = JSON.parse(shown?.metadata ?? d.metadata) as {
    issuers?: string[];
    issuedDate?: string;
    effectiveDate?: string;
  };
  const passages = (
    db
      .prepare(
        'SELECT id, kind, number, label, title, text, path, content FROM passages WHERE version_id = ? ORDER BY ordinal',
      )
      .all(versionId) as PassageRow[]
  ).map(toPassage);
  const versions = lawVersions(db, d.id, shown?.version ?? d.version);
  return {
    id: d.id,
    title: d.title,
    lang: d.lang,
    ...(d.doc_number ? { docNumber: d.doc_number } : {}),
    ...statusOf(d),
    ...(meta.issuers && meta.issuers.length > 0 ? { issuers: meta.issuers } : {}),
    ...(meta.issuedDate ? { issuedDate: meta.issuedDate } : {}),
    ...(meta.effectiveDate ? { effectiveDate: meta.effectiveDate } : {}),
    sourceName: d.source_name,
    version: shown?.version ?? d.version,
    relations: [
      ...relationsOf(db, d.id, d.current_version_id, d.doc_number_key),
      ...supersedeRelations(db, d.id, d.title),
    ],
    ...(versions.length > 1 ? { versions } : {}),
    passages: attachCrossRefs(db, d.id, passages),
  };
}

/** A stored version of a document by its number as a string ("2"); NOT_FOUND otherwise. */
export function storedVersion(
  db: Database.Database,
  docId: string,
  ref: string,
): { id: number; version: number; metadata: string } {
  const row = /^\d{1,6}$/.test(ref)
    ? (db
        .prepare('SELECT id, version, metadata FROM document_versions WHERE document_id = ? AND version = ?')
        .get(docId, Number(ref)) as { id: number; version: number; metadata: string } | undefined)
    : undefined;
  if (!row) throw new KbError('NOT_FOUND', `Document ${docId} has no version ${ref}`);
  return row;
}

export function libraryCounts(db: Database.Database): { documents: number; passages: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS documents,
         (SELECT count(*) FROM passages p JOIN documents d ON p.version_id = d.current_version_id) AS passages`,
    )
    .get() as { documents: number; passages: number };
}
