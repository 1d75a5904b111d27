import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import { AnchorStatusSchema, highlightColours, NoteKindSchema } from '../../../shared/notes-model';
import { type PackedMarks, passageNumbering } from '../../../shared/packed-marks';
import { firstScreenRange } from '../store/first-screen-range';
import { statement } from '../store/statements';

/** `CASE column WHEN 'a' THEN 0 WHEN 'b' THEN 1 … ELSE -1 END`: an enum value's index in its list, in SQL. */
function indexIn(column: string, options: readonly string[]): string {
  const whens = options.map((option, i) => `WHEN '${option.replaceAll("'", "''")}' THEN ${i}`);
  return `CASE ${column} ${whens.join(' ')} ELSE -1 END`;
}

/** Values per mark in the flat list the query returns: rowid, id, passage, end passage, and the six integers after the passages. */
const stride = 5;

/** Marks per document the rowid sort below allows (keys pack the rowid and the mark's place in one number). */
const maxMarks = 2 ** 20;

/**
 * The placed notes of one document version, read from the `notes_marks` index only (never the
 * wide note rows: SQLite picks that index unaided, and a damaged store opened as it is, without
 * it, still answers) and handed back as one flat JSON list, so 10,000 marks are one string and
 * one JSON.parse: no row objects, no per-mark objects. A mark's last six integers come as the
 * comma-separated text they travel as.
 */
export const documentMarksSql = marksSql('');

/**
 * The same, for marks that start in the passages of a JSON array (a first screen): one index
 * seek per passage. A mark starting above the window and ending in it waits for the full set,
 * which the reader asks for as soon as the whole document is in.
 */
const windowMarksSql = marksSql('AND passage_id IN (SELECT value FROM json_each(?))');

function marksSql(filter: string): string {
  return `
  SELECT '[' || coalesce(group_concat(
    rowid || ',' || json_quote(id) || ',' || json_quote(passage_id) || ',' ||
    json_quote(coalesce(end_passage_id, passage_id)) || ',"' || coalesce(start, 0) || ',' || coalesce("end", 0) || ',' ||
    ${indexIn('colour', highlightColours)} || ',' || ${indexIn('status', AnchorStatusSchema.options)} || ',' ||
    ${indexIn('kind', NoteKindSchema.options)} || ',' || (note IS NOT NULL) || '"', ','), '') || ']'
  FROM notes
  WHERE doc_id = ? AND version = ? AND deleted_at IS NULL AND passage_id IS NOT NULL AND status <> 'orphaned' ${filter}`;
}

/**
 * A document's marks on its current version in their packed wire form (shared/packed-marks.ts),
 * in the order the notes were made. With `firstScreen`, only the marks on the passages that
 * getDocument sends as the first screen opened there (all of them for a short document).
 * NOT_FOUND when the library does not hold the document.
 */
export function packedDocumentMarks(
  user: Database.Database,
  library: Database.Database,
  docId: string,
  firstScreen?: { around?: string | undefined },
): PackedMarks {
  const current = statement(
    library,
    'SELECT v.id, v.version FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?',
  ).get(docId) as { id: number; version: number } | undefined;
  if (current === undefined) throw new KbError('NOT_FOUND', `No document with ID ${docId}`);
  const windowIds = firstScreen ? firstScreenPassageIds(library, current.id, firstScreen.around) : null;
  const json = windowIds
    ? statement(user, windowMarksSql).pluck().get(docId, current.version, windowIds)
    : statement(user, documentMarksSql).pluck().get(docId, current.version);
  const flat = JSON.parse(json as string) as (string | number)[];
  const count = flat.length / stride;
  if (count > maxMarks) throw new KbError('INTERNAL', `A document holds more than ${maxMarks} marks`);
  // The index hands marks back in its own order; the rowid gives the order they were made. Sorting
  // numbers that hold both (rowid, then the place) needs no comparison function.
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (flat[i * stride] as number) * maxMarks + i;
  keys.sort();
  const passages = passageNumbering();
  const indexOf = passages.indexOf;
  const ids = new Array<string>(count);
  const rows = new Array<string>(count);
  for (let to = 0; to < count; to++) {
    const at = ((keys[to] as number) % maxMarks) * stride;
    ids[to] = flat[at + 1] as string;
    rows[to] = `${indexOf(flat[at + 2] as string)},${indexOf(flat[at + 3] as string)},${flat[at + 4] as string}`;
  }
  return { passages: passages.list(), ids, rows: rows.join(',') };
}

/** The IDs of a first screen's passages as a JSON array, or null when the document comes whole. */
function firstScreenPassageIds(
  library: Database.Database,
  versionId: number,
  around: string | undefined,
): string | null {
  // length() counts characters where getDocument's window counts UTF-16 units: the two windows
  // can differ by an edge passage only in text with characters beyond the BMP, and the reader
  // asks for every mark once the whole document is in.
  const passages = statement(
    library,
    'SELECT id, length(text) AS length FROM passages WHERE version_id = ? ORDER BY ordinal',
  ).all(versionId) as { id: string; length: number }[];
  const at = around === undefined ? 0 : passages.findIndex((p) => p.id === around);
  const range = firstScreenRange(
    passages.map((p) => p.length),
    at,
  );
  return range ? JSON.stringify(passages.slice(range.start, range.end).map((p) => p.id)) : null;
}
