import type Database from 'better-sqlite3';
import type { DocIdentity, Note, PreviousAnchor } from '../../../shared/notes-model';
import { statement } from '../store/statements';

interface NoteRow {
  id: string;
  kind: Note['kind'];
  layer: string;
  doc_id: string;
  identity: string;
  version: number;
  passage_id: string | null;
  end_passage_id: string | null;
  number: string | null;
  start: number | null;
  end: number | null;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  status: Note['status'];
  needs_review: number;
  previous: string | null;
  colour: string | null;
  note: string | null;
  note_format: Note['noteFormat'];
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export const noteSelect = 'SELECT n.* FROM notes n';

/**
 * A row as a Note. Not re-validated with zod on every read (10,000 notes would take most
 * of a second): rows are only written from validated Notes, CHECK constraints guard the
 * enums, and the start-up quick_check guards the file.
 */
export function toNote(r: NoteRow, tags: readonly string[]): Note {
  return {
    id: r.id,
    kind: r.kind,
    layer: r.layer,
    docId: r.doc_id,
    identity: JSON.parse(r.identity) as DocIdentity,
    version: r.version,
    ...(r.passage_id && r.start !== null && r.end !== null
      ? {
          anchor: {
            passageId: r.passage_id,
            endPassageId: r.end_passage_id ?? r.passage_id,
            start: r.start,
            end: r.end,
            ...(r.number ? { number: r.number } : {}),
          },
        }
      : {}),
    ...(r.exact !== null ? { quote: { exact: r.exact, prefix: r.prefix ?? '', suffix: r.suffix ?? '' } } : {}),
    status: r.status,
    needsReview: r.needs_review === 1,
    ...(r.previous ? { previous: JSON.parse(r.previous) as PreviousAnchor } : {}),
    ...(r.colour ? { colour: r.colour } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
    noteFormat: r.note_format,
    tags: [...tags],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.deleted_at ? { deletedAt: r.deleted_at } : {}),
  } as Note;
}

export function readNote(db: Database.Database, id: string): Note | undefined {
  return readNotes(db, 'WHERE n.id = ?', [id])[0];
}

/** Notes matching a WHERE clause over `notes n`, with their tags (read in one query, grouped here). */
export function readNotes(db: Database.Database, where: string, params: unknown[]): Note[] {
  const rows = statement(db, `${noteSelect} ${where}`).all(...params) as NoteRow[];
  const tags = new Map<string, string[]>();
  if (rows.length > 0) {
    const all = statement(
      db,
      'SELECT note_id, tag FROM note_tags WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY tag',
    ).all(JSON.stringify(rows.map((r) => r.id))) as { note_id: string; tag: string }[];
    for (const t of all) {
      const list = tags.get(t.note_id);
      if (list) list.push(t.tag);
      else tags.set(t.note_id, [t.tag]);
    }
  }
  return rows.map((r) => toNote(r, tags.get(r.id) ?? []));
}

export function ensureLayer(db: Database.Database, name: string, now: string): void {
  statement(db, 'INSERT OR IGNORE INTO layers (name, created_at) VALUES (?, ?)').run(name, now);
}

export function setTags(db: Database.Database, noteId: string, tags: readonly string[]): void {
  statement(db, 'DELETE FROM note_tags WHERE note_id = ?').run(noteId);
  const insert = statement(db, 'INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(noteId, tag.trim());
}

/** The columns that say where a note sits: its document, version, anchor, quote, status and review. */
function placementColumns(note: Note) {
  return {
    doc_id: note.docId,
    identity: JSON.stringify(note.identity),
    version: note.version,
    passage_id: note.anchor?.passageId ?? null,
    end_passage_id: note.anchor?.endPassageId ?? null,
    number: note.anchor?.number ?? null,
    start: note.anchor?.start ?? null,
    end: note.anchor?.end ?? null,
    exact: note.quote?.exact ?? null,
    prefix: note.quote?.prefix ?? null,
    suffix: note.quote?.suffix ?? null,
    status: note.status,
    needs_review: note.needsReview ? 1 : 0,
    previous: note.previous ? JSON.stringify(note.previous) : null,
  };
}

/** Writes a whole note (insert or replace), tags included; the caller holds the transaction. */
export function writeNote(db: Database.Database, note: Note): void {
  ensureLayer(db, note.layer, note.createdAt);
  statement(
    db,
    `INSERT INTO notes (id, kind, layer, doc_id, identity, version, passage_id, end_passage_id, number, start, "end",
       exact, prefix, suffix, status, needs_review, previous, colour, note, note_format, created_at, updated_at, deleted_at)
     VALUES (@id, @kind, @layer, @doc_id, @identity, @version, @passage_id, @end_passage_id, @number, @start, @end,
       @exact, @prefix, @suffix, @status, @needs_review, @previous, @colour, @note, @note_format, @created_at, @updated_at, @deleted_at)
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, layer = excluded.layer, doc_id = excluded.doc_id,
       identity = excluded.identity, version = excluded.version, passage_id = excluded.passage_id,
       end_passage_id = excluded.end_passage_id, number = excluded.number, start = excluded.start, "end" = excluded."end",
       exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, status = excluded.status,
       needs_review = excluded.needs_review, previous = excluded.previous, colour = excluded.colour, note = excluded.note,
       note_format = excluded.note_format, created_at = excluded.created_at, updated_at = excluded.updated_at,
       deleted_at = excluded.deleted_at`,
  ).run({
    id: note.id,
    kind: note.kind,
    layer: note.layer,
    ...placementColumns(note),
    colour: note.colour ?? null,
    note: note.note ?? null,
    note_format: note.noteFormat,
    created_at: note.createdAt,
    updated_at: note.updatedAt,
    deleted_at: note.deletedAt ?? null,
  });
  setTags(db, note.id, note.tags);
}

/**
 * Writes where a note now sits after re-anchoring (document, version, anchor, quote, status,
 * review, previous anchor), leaving its text, colour, tags and layer alone: the narrow update
 * keeps a re-anchoring of 10,000 notes to one statement per note. The caller holds the transaction.
 */
export function writePlacement(db: Database.Database, note: Note): void {
  statement(
    db,
    `UPDATE notes SET doc_id = @doc_id, identity = @identity, version = @version, passage_id = @passage_id,
       end_passage_id = @end_passage_id, number = @number, start = @start, "end" = @end, exact = @exact,
       prefix = @prefix, suffix = @suffix, status = @status, needs_review = @needs_review, previous = @previous,
       updated_at = @updated_at
     WHERE id = @id`,
  ).run({
    id: note.id,
    ...placementColumns(note),
    updated_at: note.updatedAt,
  });
}
