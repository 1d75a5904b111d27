import type Database from 'better-sqlite3';
import { ContentTreeSchema, contentPlainText } from '../../../shared/content-tree';
import { KbError } from '../../../shared/errors';
import type { DocStatus, DocumentDetail, DocumentSummary, Passage, Relation } from '../../../shared/model';

/** SQL for "this document is repealed by a current version of another document in the library". */
export const repealedSql = `EXISTS (
  SELECT 1 FROM relations r JOIN documents o ON o.current_version_id = r.version_id
  WHERE r.type = 'repeals' AND d.doc_number_key IS NOT NULL AND r.target_key = d.doc_number_key AND o.id <> d.id
)`;

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
}

function status(repealed: number): DocStatus {
  return repealed ? 'repealed' : 'in-force';
}

export function listDocuments(db: Database.Database): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.lang, d.doc_number, d.source_name, v.version, v.imported_at,
         (SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id) AS passages,
         ${repealedSql} AS repealed
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id
       ORDER BY d.created_at, d.rowid`,
    )
    .all() as SummaryRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    passages: r.passages,
    lang: r.lang,
    ...(r.doc_number ? { docNumber: r.doc_number, status: status(r.repealed) } : {}),
    sourceName: r.source_name,
    version: r.version,
    importedAt: r.imported_at,
  }));
}

interface PassageRow {
  id: string;
  kind: Passage['kind'];
  number: string | null;
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

export function getDocument(db: Database.Database, id: string): DocumentDetail {
  const d = db
    .prepare(
      `SELECT d.id, d.title, d.lang, d.doc_number, d.doc_number_key, d.source_name, d.current_version_id,
         v.version, v.metadata, ${repealedSql} AS repealed
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
  const meta = JSON.parse(d.metadata) as { issuers?: string[]; issuedDate?: string; effectiveDate?: string };
  const passages = (
    db
      .prepare(
        'SELECT id, kind, number, title, text, path, content FROM passages WHERE version_id = ? ORDER BY ordinal',
      )
      .all(d.current_version_id) as PassageRow[]
  ).map(toPassage);
  return {
    id: d.id,
    title: d.title,
    lang: d.lang,
    ...(d.doc_number ? { docNumber: d.doc_number, status: status(d.repealed) } : {}),
    ...(meta.issuers && meta.issuers.length > 0 ? { issuers: meta.issuers } : {}),
    ...(meta.issuedDate ? { issuedDate: meta.issuedDate } : {}),
    ...(meta.effectiveDate ? { effectiveDate: meta.effectiveDate } : {}),
    sourceName: d.source_name,
    version: d.version,
    relations: relationsOf(db, d.id, d.current_version_id, d.doc_number_key),
    passages,
  };
}

export function libraryCounts(db: Database.Database): { documents: number; passages: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS documents,
         (SELECT count(*) FROM passages p JOIN documents d ON p.version_id = d.current_version_id) AS passages`,
    )
    .get() as { documents: number; passages: number };
}
