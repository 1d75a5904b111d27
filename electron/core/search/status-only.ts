import type Database from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../../shared/model';
import { repealedSql } from '../store/read';
import { parseQuery } from './query/parse';

/** Characters of a document's first passage shown as the hit's snippet. */
const snippetLength = 160;

/**
 * A query of status filters only (`status:repealed`, `status:in-force lang:zh`) lists the
 * documents with that status, one hit each (their first passage), in library order.
 * Null for any other query, which the search pipeline answers as usual.
 */
export function statusOnlySearch(db: Database.Database, input: { query: string; limit?: number }): SearchResult | null {
  const parsed = parseQuery(input.query);
  const f = parsed.filters;
  if (f.statuses.length !== 1 || parsed.groups.length > 0 || parsed.excluded.length > 0 || parsed.clauses) return null;
  if (f.docs.length > 0) return null;
  const notInForce = f.statuses[0] === 'in-force' ? 0 : 1;
  const rows = db
    .prepare(
      `SELECT d.id AS doc_id, d.title AS doc_title, p.id, p.kind, p.number, p.title, substr(p.text, 1, ${snippetLength}) AS text, p.path
       FROM documents d JOIN passages p ON p.version_id = d.current_version_id
       WHERE (${repealedSql}) = ?
         AND (? IS NULL OR d.lang IN (SELECT value FROM json_each(?)))
         AND (? IS NULL OR p.kind IN (SELECT value FROM json_each(?)))
         AND p.ordinal = (SELECT min(q.ordinal) FROM passages q WHERE q.version_id = d.current_version_id
                          AND (? IS NULL OR q.kind IN (SELECT value FROM json_each(?))))
       ORDER BY d.created_at, d.rowid LIMIT ?`,
    )
    .all(
      notInForce,
      ...twice(f.langs.length > 0 ? JSON.stringify(f.langs) : null),
      ...twice(f.kinds.length > 0 ? JSON.stringify(f.kinds) : null),
      ...twice(f.kinds.length > 0 ? JSON.stringify(f.kinds) : null),
      input.limit ?? 20,
    ) as {
    doc_id: string;
    doc_title: string;
    id: string;
    kind: SearchHit['kind'];
    number: string | null;
    title: string | null;
    text: string;
    path: string;
  }[];
  const hits: SearchHit[] = rows.map((r) => {
    const path = JSON.parse(r.path) as string[];
    return {
      docId: r.doc_id,
      docTitle: r.doc_title,
      passageId: r.id,
      kind: r.kind,
      ...(r.number ? { number: r.number } : {}),
      ...(r.title ? { title: r.title } : {}),
      ...(path.length > 0 ? { path } : {}),
      snippet: r.text,
      highlights: [],
      score: 0,
      matched: { fields: ['status'], terms: [] },
    };
  });
  return { hits, mode: hits.length > 0 ? 'all' : 'none', terms: [], didYouMean: [], partial: false, notices: [] };
}

function twice<T>(value: T): [T, T] {
  return [value, value];
}
