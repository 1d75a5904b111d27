import type Database from 'better-sqlite3';
import type { SearchResult } from '../../../../shared/model';

/**
 * Adds to each hit the clause label its source wrote where the number cannot say it ("(IX)"),
 * so the hit list reads the clause as the reader does.
 */
export function withWrittenLabels(db: Database.Database, result: SearchResult): SearchResult {
  if (result.hits.length === 0) return result;
  const rows = db
    .prepare(
      // From the hits' passage IDs outwards (CROSS JOIN fixes the order): a lookup per hit, not a scan.
      `SELECT p.document_id AS doc_id, p.id, p.label
       FROM json_each(?) j CROSS JOIN passages p ON p.id = j.value
         JOIN documents d ON d.id = p.document_id AND d.current_version_id = p.version_id
       WHERE p.label IS NOT NULL`,
    )
    .all(JSON.stringify(result.hits.map((h) => h.passageId))) as { doc_id: string; id: string; label: string }[];
  if (rows.length === 0) return result;
  const labels = new Map(rows.map((r) => [`${r.doc_id}\u0000${r.id}`, r.label]));
  return {
    ...result,
    hits: result.hits.map((h) => {
      const label = labels.get(`${h.docId}\u0000${h.passageId}`);
      return label ? { ...h, label } : h;
    }),
  };
}
