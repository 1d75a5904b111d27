import type Database from 'better-sqlite3';
import {
  type DocIdentity,
  type Note,
  NoteSchema,
  type PreviousAnchor,
  type TextQuote,
} from '../../../shared/notes-model';

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
  tags: string | null;
}

export const noteSelect = `SELECT n.*, (SELECT json_group_array(tag) FROM (SELECT tag FROM note_tags t WHERE t.note_id = n.id ORDER BY tag)) AS tags FROM notes n`;

export function toNote(r: NoteRow): Note {
  return NoteSchema.parse({
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
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.deleted_at ? { deletedAt: r.deleted_at } : {}),
  });
}

export function readNote(db: Database.Database, id: string): Note | undefined {
  const row = db.prepare(`${noteSelect} WHERE n.id = ?`).get(id) as NoteRow | undefined;
  return row ? toNote(row) : undefined;
}

export function readNotes(db: Database.Database, where: string, params: unknown[]): Note[] {
  return (db.prepare(`${noteSelect} ${where}`).all(...params) as NoteRow[]).map(toNote);
}

export function ensureLayer(db: Database.Database, name: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO layers (name, created_at) VALUES (?, ?)').run(name, now);
}

export function setTags(db: Database.Database, noteId: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM note_tags WHERE note_id = ?').run(noteId);
  const insert = db.prepare('INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(noteId, tag.trim());
}

/** Writes a whole note (insert or replace), tags included; the caller holds the transaction. */
export function writeNote(db: Database.Database, note: Note): void {
  ensureLayer(db, note.layer, note.createdAt);
  const quote: TextQuote | undefined = note.quote;
  db.prepare(
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
    doc_id: note.docId,
    identity: JSON.stringify(note.identity),
    version: note.version,
    passage_id: note.anchor?.passageId ?? null,
    end_passage_id: note.anchor?.endPassageId ?? null,
    number: note.anchor?.number ?? null,
    start: note.anchor?.start ?? null,
    end: note.anchor?.end ?? null,
    exact: quote?.exact ?? null,
    prefix: quote?.prefix ?? null,
    suffix: quote?.suffix ?? null,
    status: note.status,
    needs_review: note.needsReview ? 1 : 0,
    previous: note.previous ? JSON.stringify(note.previous) : null,
    colour: note.colour ?? null,
    note: note.note ?? null,
    note_format: note.noteFormat,
    created_at: note.createdAt,
    updated_at: note.updatedAt,
    deleted_at: note.deletedAt ?? null,
  });
  setTags(db, note.id, note.tags);
}
