import type Database from 'better-sqlite3';
import { getDocument } from '../../core/store/read';
import { percentile, round } from './stats';

/** The document with the most text in the library (current versions). */
export function largestDocument(db: Database.Database): { id: string; title: string; chars: number } {
  return db
    .prepare(
      `SELECT d.id, d.title, sum(length(p.text)) AS chars
       FROM documents d JOIN passages p ON p.version_id = d.current_version_id
       GROUP BY d.id ORDER BY chars DESC LIMIT 1`,
    )
    .get() as { id: string; title: string; chars: number };
}

/**
 * "Open the largest document" in the core: getDocument (passages, relations, versions,
 * cross-references) timed `rounds` times after one warm-up.
 */
export function timeOpenLargest(db: Database.Database, rounds: number) {
  const doc = largestDocument(db);
  let passages = getDocument(db, doc.id).passages.length;
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    passages = getDocument(db, doc.id).passages.length;
    times.push(performance.now() - start);
  }
  return {
    title: doc.title,
    chars: doc.chars,
    passages,
    p50Ms: round(percentile(times, 50), 1),
    p95Ms: round(percentile(times, 95), 1),
  };
}
