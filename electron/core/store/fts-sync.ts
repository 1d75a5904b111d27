import type Database from 'better-sqlite3';
import { toIndexText } from '../text/index-text';

/** Adds one version's passages to the full-text index (it must be the current version). */
export function indexVersion(db: Database.Database, versionId: number, docTitle: string): void {
  const rows = db.prepare('SELECT seq, title, number, text FROM passages WHERE version_id = ?').all(versionId) as {
    seq: number;
    title: string | null;
    number: string | null;
    text: string;
  }[];
  const insert = db.prepare('INSERT INTO passage_fts(rowid, title, number, body, doc_title) VALUES (?, ?, ?, ?, ?)');
  const titleText = toIndexText(docTitle);
  for (const r of rows) {
    insert.run(r.seq, toIndexText(r.title ?? ''), r.number ?? '', toIndexText(r.text), titleText);
  }
}

/** Removes one version's passages from the full-text index. */
export function unindexVersion(db: Database.Database, versionId: number): void {
  db.prepare('DELETE FROM passage_fts WHERE rowid IN (SELECT seq FROM passages WHERE version_id = ?)').run(versionId);
}
