import type Database from 'better-sqlite3';
import { toIndexText } from '../text/index-text';
import { statement } from './statements';

/** The fields of one passage as the full-text index holds them. */
export interface IndexedPassage {
  title?: string;
  number?: string;
  text: string;
}

/**
 * Adds one passage of a current version to the full-text index under its `seq`.
 * `docTitleText` is the document title already through toIndexText (shared by its passages).
 */
export function indexPassage(db: Database.Database, seq: number, p: IndexedPassage, docTitleText: string): void {
  indexPreparedPassage(
    db,
    seq,
    { title: toIndexText(p.title ?? ''), body: toIndexText(p.text) },
    p.number,
    docTitleText,
  );
}

/** indexPassage with the title and body already through toIndexText (prepared off the writing thread). */
export function indexPreparedPassage(
  db: Database.Database,
  seq: number,
  prepared: { title: string; body: string },
  number: string | undefined,
  docTitleText: string,
): void {
  statement(db, 'INSERT INTO passage_fts(rowid, title, number, body, doc_title) VALUES (?, ?, ?, ?, ?)').run(
    seq,
    prepared.title,
    number ?? '',
    prepared.body,
    docTitleText,
  );
}

/** Removes one version's passages from the full-text index. */
export function unindexVersion(db: Database.Database, versionId: number): void {
  statement(db, 'DELETE FROM passage_fts WHERE rowid IN (SELECT seq FROM passages WHERE version_id = ?)').run(
    versionId,
  );
}
