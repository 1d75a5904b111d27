import type Database from 'better-sqlite3';
import type { DocStatus, SearchHit, SearchResult } from '../../../../shared/model';
import { supersededSql } from '../../law/supersede';
import { statedRepealSql } from '../../store/read';

/** Scores within this fraction of each other count as equal relevance (rerank scores are floats). */
export const equalRelevance = 0.005;

/** The not-in-force documents among these IDs and why. */
export function docStatuses(db: Database.Database, docIds: readonly string[]): Map<string, DocStatus> {
  const rows = db
    .prepare(
      `SELECT d.id, ${statedRepealSql} AS repealed, ${supersededSql} AS superseded
       FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(docIds)])) as { id: string; repealed: number; superseded: number }[];
  const out = new Map<string, DocStatus>();
  for (const r of rows) {
    if (r.repealed) out.set(r.id, 'repealed');
    else if (r.superseded) out.set(r.id, 'superseded');
  }
  return out;
}

/**
 * Post-ranking tie-break: marks hits from repealed or superseded documents (`docStatus`) and,
 * within each run of equally relevant hits, puts in-force ones first. Otherwise the order
 * is kept: a more relevant repealed passage still ranks above a less relevant one.
 */
export function orderByStatus(db: Database.Database, result: SearchResult): SearchResult {
  if (result.hits.length === 0) return result;
  const statuses = docStatuses(
    db,
    result.hits.map((h) => h.docId),
  );
  if (statuses.size === 0) return result;
  const marked: SearchHit[] = result.hits.map((h) => {
    const status = statuses.get(h.docId);
    return status ? { ...h, docStatus: status } : h;
  });
  const ordered: SearchHit[] = [];
  let run: SearchHit[] = [];
  const flush = () => {
    ordered.push(...run.filter((h) => !h.docStatus), ...run.filter((h) => h.docStatus));
    run = [];
  };
  for (const hit of marked) {
    const head = run[0];
    if (head && Math.abs(head.score - hit.score) > equalRelevance * Math.max(Math.abs(head.score), 1e-9)) flush();
    run.push(hit);
  }
  flush();
  return { ...result, hits: ordered };
}
