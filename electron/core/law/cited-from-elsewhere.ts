import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { CitedBy, Passage, PassageCitations } from '../../../shared/model';
import { cjkTokens } from '../text/index-text';
import { findCrossRefs } from './crossref';
import { supersededSql } from './supersede';

/** At most this many passages of other documents naming the law are read (a popular law's citers). */
const maxCitingPassages = 3000;
/** The prefix a Chinese law's full title has and its citations often drop. */
const statePrefix = '中华人民共和国';

interface CitingRow {
  id: string;
  kind: Passage['kind'];
  number: string | null;
  text: string;
  doc_id: string;
  doc_title: string;
}

/**
 * Passages of other documents that cite a clause of this law by title (《刑法》第一百九十一条,
 * 《中华人民共和国刑法》第一百九十一条), keyed by the cited passage. The index finds the passages
 * naming the short title (a phrase of its character pairs); each is then read for its references.
 * Empty for a law superseded by a later version (its title leads to the newer one).
 */
export function citedFromElsewhere(
  db: Database.Database,
  doc: { id: string; title: string; superseded: boolean },
  passages: readonly Pick<Passage, 'id' | 'kind' | 'number'>[],
): Map<string, CitedBy[]> {
  const out = new Map<string, CitedBy[]>();
  if (doc.superseded) return out;
  const shortTitle = doc.title.startsWith(statePrefix) ? doc.title.slice(statePrefix.length) : doc.title;
  if (!/^[\p{Script=Han}]{2,40}$/u.test(shortTitle)) return out;
  const pairs = cjkTokens(shortTitle).slice(0, -1);
  const rows = db
    .prepare(
      `SELECT p.id, p.kind, p.number, p.text, d.id AS doc_id, d.title AS doc_title
       FROM passage_fts JOIN passages p ON p.seq = passage_fts.rowid
         JOIN documents d ON d.current_version_id = p.version_id
       WHERE passage_fts MATCH ? AND d.id <> ? LIMIT ?`,
    )
    .all(`body : "${pairs.join(' ')}"`, doc.id, maxCitingPassages) as CitingRow[];
  const byNumber = new Map<string, string>();
  for (const p of passages) {
    if (p.kind === 'article' && p.number && !byNumber.has(p.number)) byNumber.set(p.number, p.id);
  }
  const titles = new Set([doc.title, shortTitle]);
  for (const row of rows) {
    const counts = new Map<string, number>();
    for (const ref of findCrossRefs(row.text)) {
      if (ref.kind !== 'titled-clause' || !titles.has(ref.title)) continue;
      const target = byNumber.get(ref.number);
      if (target) counts.set(target, (counts.get(target) ?? 0) + 1);
    }
    for (const [target, count] of counts) {
      const list = out.get(target) ?? [];
      list.push({
        passageId: row.id,
        count,
        docId: row.doc_id,
        docTitle: row.doc_title,
        kind: row.kind,
        ...(row.number ? { number: row.number } : {}),
      });
      out.set(target, list);
    }
  }
  return out;
}

/** `citedFromElsewhere` for a document of the library, as the API returns it (passages in reading order). */
export function citationsFromElsewhere(db: Database.Database, docId: string): PassageCitations[] {
  const doc = db
    .prepare(
      `SELECT d.id, d.title, d.current_version_id, ${supersededSql} AS superseded FROM documents d WHERE d.id = ?`,
    )
    .get(docId) as { id: string; title: string; current_version_id: number; superseded: number } | undefined;
  if (!doc) throw new KbError('NOT_FOUND', `No document with ID ${docId}`);
  const passages = (
    db
      .prepare('SELECT id, kind, number FROM passages WHERE version_id = ? ORDER BY ordinal')
      .all(doc.current_version_id) as { id: string; kind: Passage['kind']; number: string | null }[]
  ).map((p) => ({ id: p.id, kind: p.kind, ...(p.number ? { number: p.number } : {}) }));
  const found = citedFromElsewhere(db, { id: doc.id, title: doc.title, superseded: doc.superseded === 1 }, passages);
  return passages.filter((p) => found.has(p.id)).map((p) => ({ passageId: p.id, citedBy: found.get(p.id) ?? [] }));
}
