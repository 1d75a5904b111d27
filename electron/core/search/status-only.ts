import type Database from 'better-sqlite3';
import type { SearchHit, SearchResult } from '../../../shared/model';
import { repealedSql } from '../store/read';
import { parseQuery } from './query/parse';
import { dateParams, inDateRangeSql } from './rank/date-sql';

/** Characters of a document's first passage shown as the hit's snippet. */
const snippetLength = 160;

/**
 * A query of status or date filters only (`status:repealed`, `status:in-force lang:zh`,
 * `date:2020..2024`) lists the documents with that status and date, one hit each (their
 * first passage), in library order. Null for any other query, which the search pipeline
 * answers as usual.
 */
export function statusOnlySearch(db: Database.Database, input: { query: string; limit?: number }): SearchResult | null {
  const parsed = parseQuery(input.query);
  const f = parsed.filters;
  if (f.statuses.length !== 1 && !f.dates) return null;
  if (parsed.groups.length > 0 || parsed.excluded.length > 0 || parsed.clauses || f.docs.length > 0) return null;
  const notInForce = f.statuses.length === 1 ? (f.statuses[0] === 'in-force' ? 0 : 1) : null;
  const rows = db
    .prepare(
      `SELECT d.id AS doc_id, d.title AS doc_title, p.id, p.kind, p.number, p.title, substr(p.text, 1, ${snippetLength}) AS text, p.path
       FROM documents d JOIN passages p ON p.version_id = d.current_version_id
       WHERE (@repealed IS NULL OR (${repealedSql}) = @repealed)
         AND ${inDateRangeSql}
         AND (@langs IS NULL OR d.lang IN (SELECT value FROM json_each(@langs)))
         AND (@kinds IS NULL OR p.kind IN (SELECT value FROM json_each(@kinds)))
         AND p.ordinal = (SELECT min(q.ordinal) FROM passages q WHERE q.version_id = d.current_version_id
                          AND (@kinds IS NULL OR q.kind IN (SELECT value FROM json_each(@kinds))))
       ORDER BY d.created_at, d.rowid LIMIT @limit`,
    )
    .all({
      repealed: notInForce,
      langs: f.langs.length > 0 ? JSON.stringify(f.langs) : null,
      kinds: f.kinds.length > 0 ? JSON.stringify(f.kinds) : null,
      limit: input.limit ?? 20,
      ...dateParams(f.dates),
    }) as {
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
      matched: { fields: [f.statuses.length === 1 ? 'status' : 'date'], terms: [] },
    };
  });
  const notices = (f.badDates ?? []).map((value) => ({ code: 'date-ignored' as const, value }));
  return { hits, mode: hits.length > 0 ? 'all' : 'none', terms: [], didYouMean: [], partial: false, notices };
}
