import type Database from 'better-sqlite3';
import type { Relation, VersionEntry } from '../../../shared/model';

/**
 * SQL (over `documents d`) for "a later dated version of the same law is in the library":
 * another document with the same title and language whose current version was issued later.
 * Derived at read time, so the import order does not matter.
 */
export const supersededSql = `EXISTS (
  SELECT 1 FROM documents o JOIN document_versions ov ON ov.id = o.current_version_id
  WHERE o.title = d.title AND o.lang = d.lang AND o.id <> d.id
    AND json_extract(ov.metadata, '$.issuedDate') > (
      SELECT json_extract(dv.metadata, '$.issuedDate') FROM document_versions dv WHERE dv.id = d.current_version_id
    )
)`;

interface FamilyRow {
  id: string;
  version: number;
  date: string | null;
}

/** The other dated documents of the same law (same title and language), oldest first. */
function familyOf(db: Database.Database, docId: string): FamilyRow[] {
  return db
    .prepare(
      `SELECT o.id, ov.version, json_extract(ov.metadata, '$.issuedDate') AS date
       FROM documents d JOIN documents o ON o.title = d.title AND o.lang = d.lang AND o.id <> d.id
         JOIN document_versions ov ON ov.id = o.current_version_id
       WHERE d.id = ? AND json_extract(ov.metadata, '$.issuedDate') IS NOT NULL
       ORDER BY date, o.id`,
    )
    .all(docId) as FamilyRow[];
}

/**
 * Every version of a law, oldest first: the stored versions of this document (ref "1", "2"…)
 * and the other dated documents of the same law (ref = their ID). `shownVersion` marks
 * which stored version of `docId` is `current` (the one on screen).
 */
export function lawVersions(db: Database.Database, docId: string, shownVersion?: number): VersionEntry[] {
  const own = db
    .prepare(
      `SELECT v.version, json_extract(v.metadata, '$.issuedDate') AS date, d.current_version_id = v.id AS latest
       FROM document_versions v JOIN documents d ON d.id = v.document_id
       WHERE v.document_id = ? ORDER BY v.version`,
    )
    .all(docId) as { version: number; date: string | null; latest: number }[];
  const ownDate = own.at(-1)?.date ?? null;
  const family = ownDate === null ? [] : familyOf(db, docId);
  const entries: (VersionEntry & { order: string })[] = [
    ...own.map((v) => ({
      ref: String(v.version),
      docId,
      version: v.version,
      ...(v.date ? { date: v.date } : {}),
      current: shownVersion === undefined ? v.latest === 1 : v.version === shownVersion,
      order: `${ownDate}\u0000${String(v.version).padStart(6, '0')}`,
    })),
    ...family.map((f) => ({
      ref: f.id,
      docId: f.id,
      version: f.version,
      ...(f.date ? { date: f.date } : {}),
      current: false,
      order: `${f.date}\u0000${f.id}`,
    })),
  ];
  entries.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return entries.map(({ order: _order, ...entry }) => entry);
}

/**
 * 'superseded-by' the newest dated version of the same law when that is later than this one;
 * 'supersedes' every earlier one. Targets read "title (date)".
 */
export function supersedeRelations(db: Database.Database, docId: string, title: string): Relation[] {
  const own = db
    .prepare(
      `SELECT json_extract(v.metadata, '$.issuedDate') AS date
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?`,
    )
    .get(docId) as { date: string | null } | undefined;
  const date = own?.date;
  if (!date) return [];
  const family = familyOf(db, docId);
  const relations: Relation[] = [];
  const newest = family.at(-1);
  if (newest?.date && newest.date > date) {
    relations.push({ type: 'superseded-by', target: `${title} (${newest.date})`, targetDocId: newest.id });
  }
  for (const older of family) {
    if (older.date && older.date < date) {
      relations.push({ type: 'supersedes', target: `${title} (${older.date})`, targetDocId: older.id });
    }
  }
  return relations;
}
