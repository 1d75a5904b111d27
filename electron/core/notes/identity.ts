import type Database from 'better-sqlite3';
import type { DocIdentity } from '../../../shared/notes-model';
import { sha1 } from '../store/ids';
import { foldString } from './anchor/normalize-map';

interface VersionRow {
  doc_id: string;
  version_id: number;
  title: string;
  lang: string;
  doc_number: string | null;
  metadata: string;
  imported_at: string;
}

const versionSql = `SELECT d.id AS doc_id, v.id AS version_id, v.title, d.lang, d.doc_number, v.metadata, v.imported_at
  FROM documents d JOIN document_versions v ON v.document_id = d.id`;

/** Versions never change once written, so their fingerprints are kept per library connection. */
const fingerprints = new WeakMap<Database.Database, Map<number, string>>();

/** A version's text fingerprint: formatting folded, so a re-saved copy keeps its fingerprint. */
export function fingerprint(library: Database.Database, versionId: number): string {
  let known = fingerprints.get(library);
  if (!known) {
    known = new Map();
    fingerprints.set(library, known);
  }
  const cached = known.get(versionId);
  if (cached) return cached;
  const computed = computeFingerprint(library, versionId);
  known.set(versionId, computed);
  return computed;
}

function computeFingerprint(library: Database.Database, versionId: number): string {
  const texts = library
    .prepare('SELECT text FROM passages WHERE version_id = ? ORDER BY ordinal')
    .pluck()
    .all(versionId) as string[];
  return sha1(foldString(texts.join('\n'))).slice(0, 16);
}

function identityOf(library: Database.Database, row: VersionRow): DocIdentity {
  const meta = JSON.parse(row.metadata) as { issuedDate?: string; effectiveDate?: string };
  return {
    title: row.title,
    ...(row.doc_number ? { docNumber: row.doc_number } : {}),
    versionDate: meta.issuedDate ?? meta.effectiveDate ?? row.imported_at.slice(0, 10),
    fingerprint: fingerprint(library, row.version_id),
    lang: row.lang,
  };
}

/** The portable identity of a document's current version (or of `versionId`). */
export function documentIdentity(
  library: Database.Database,
  docId: string,
  versionId?: number,
): DocIdentity | undefined {
  const row = library
    .prepare(
      versionId === undefined
        ? `${versionSql} WHERE d.id = ? AND v.id = d.current_version_id`
        : `${versionSql} WHERE d.id = ? AND v.id = ?`,
    )
    .get(...(versionId === undefined ? [docId] : [docId, versionId])) as VersionRow | undefined;
  return row ? identityOf(library, row) : undefined;
}

/**
 * Finds the library's document for an identity whose ID is not (or no longer) in the
 * library: the same text first, then the same number and title, then the same title.
 */
export function resolveIdentity(library: Database.Database, identity: DocIdentity): string | undefined {
  const current = library.prepare(`${versionSql} WHERE v.id = d.current_version_id`).all() as VersionRow[];
  const byText = current.find((r) => fingerprint(library, r.version_id) === identity.fingerprint);
  if (byText) return byText.doc_id;
  if (identity.docNumber) {
    const byNumber = current.find((r) => r.doc_number === identity.docNumber && r.title === identity.title);
    if (byNumber) return byNumber.doc_id;
  }
  const byTitle = current.filter((r) => r.title === identity.title);
  return byTitle.length === 1 ? byTitle[0]!.doc_id : undefined;
}

/**
 * Newer dated versions of the same law imported as separate documents (反洗钱法 2006 → 2024):
 * documents among `candidates` with the same title and a later version date than `identity`.
 */
export function isNewerVersionOf(candidate: DocIdentity, identity: DocIdentity): boolean {
  if (candidate.title !== identity.title) return false;
  if (candidate.fingerprint === identity.fingerprint) return false;
  return (candidate.versionDate ?? '') > (identity.versionDate ?? '');
}
