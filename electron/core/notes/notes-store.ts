import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { FirstScreen } from '../../../shared/first-screen';
import {
  type AddBookmark,
  type AddHighlight,
  defaultLayer,
  type EditNote,
  type ListNotes,
  type Note,
  type NoteReview,
  type ReanchorReport,
  type Reattach,
  type VersionedPassage,
} from '../../../shared/notes-model';
import type { PackedMarks } from '../../../shared/packed-marks';
import { type FlatText, loadFlatText, toPassageRange } from './anchor/doc-text';
import { quoteAt } from './anchor/quote';
import { packedDocumentMarks } from './document-marks';
import { documentIdentity, isNewerVersionOf, resolveIdentity } from './identity';
import { readNote, readNotes, writeNote, writePlacement } from './note-rows';
import { AnchorContext, countStatuses, reanchorNote } from './reanchor-notes';

/** The most notes one search returns unless asked otherwise. */
const defaultSearchLimit = 100;

export interface NotesStoreOptions {
  /** The user store (user.sqlite). */
  db: () => Database.Database;
  /** The library (folio.sqlite), read only here. */
  library: Database.Database;
  /** Throws when the user store is open read-only (after a failed integrity check). */
  assertWritable: () => void;
  onChange: (noteIds: readonly string[]) => void;
  now?: () => Date;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Bookmarks and highlights: create, edit, soft delete and restore, list, search, re-anchor, review. */
export function createNotesStore(options: NotesStoreOptions) {
  const { library } = options;
  const now = () => (options.now ? options.now() : new Date()).toISOString();
  const db = options.db;

  function get(id: string, includeDeleted = false): Note {
    const note = readNote(db(), id);
    if (!note || (note.deletedAt && !includeDeleted)) throw new KbError('NOT_FOUND', `No note with ID ${id}`);
    return note;
  }

  function save(notes: readonly Note[]): void {
    if (notes.length === 0) return;
    options.assertWritable();
    const store = db();
    store.transaction(() => {
      for (const n of notes) writeNote(store, n);
    })();
    options.onChange(notes.map((n) => n.id));
  }

  /** Saves re-anchored notes: only where each sits changed (see `writePlacement`). */
  function savePlacements(notes: readonly Note[]): void {
    if (notes.length === 0) return;
    options.assertWritable();
    const store = db();
    store.transaction(() => {
      for (const n of notes) writePlacement(store, n);
    })();
    options.onChange(notes.map((n) => n.id));
  }

  function identityOf(docId: string) {
    const identity = documentIdentity(library, docId);
    if (!identity) throw new KbError('NOT_FOUND', `No document with ID ${docId}`);
    return identity;
  }

  /** A highlight freshly placed on [start, end) of a document's flat text: anchored, nothing to review. */
  function placedAt(docId: string, flat: FlatText, start: number, end: number) {
    const range = toPassageRange(flat, start, end)!;
    return {
      docId,
      identity: identityOf(docId),
      version: flat.version,
      anchor: {
        passageId: range.passage.id,
        endPassageId: range.endPassage.id,
        start: range.start,
        end: range.end,
        ...(range.passage.number ? { number: range.passage.number } : {}),
      },
      quote: quoteAt(flat.text, start, end),
      status: 'anchored' as const,
      needsReview: false,
    };
  }

  function addHighlight(input: AddHighlight): Note {
    const flat = loadFlatText(library, input.docId);
    if (!flat) throw new KbError('NOT_FOUND', `No document with ID ${input.docId}`);
    const first = flat.byId.get(input.passageId);
    const last = flat.byId.get(input.endPassageId ?? input.passageId);
    if (!first) throw new KbError('NOT_FOUND', `No passage ${input.passageId} in document ${input.docId}`);
    if (!last) throw new KbError('NOT_FOUND', `No passage ${input.endPassageId} in document ${input.docId}`);
    const start = first.start + input.start;
    const end = last.start + input.end;
    if (input.start > first.end - first.start || input.end > last.end - last.start || end <= start) {
      throw new KbError('INVALID_INPUT', 'The highlight range is empty or outside its passages');
    }
    const stamp = now();
    const note: Note = {
      id: randomUUID(),
      kind: 'highlight',
      layer: input.layer ?? defaultLayer,
      ...placedAt(input.docId, flat, start, end),
      colour: input.colour ?? 'yellow',
      ...(input.note !== undefined ? { note: input.note } : {}),
      noteFormat: input.noteFormat ?? 'plain',
      tags: [...new Set(input.tags ?? [])].sort(),
      createdAt: stamp,
      updatedAt: stamp,
    };
    save([note]);
    return get(note.id);
  }

  function addBookmark(input: AddBookmark): Note {
    const flat = loadFlatText(library, input.docId);
    if (!flat) throw new KbError('NOT_FOUND', `No document with ID ${input.docId}`);
    const passage = input.passageId ? flat.byId.get(input.passageId) : undefined;
    if (input.passageId && !passage) {
      throw new KbError('NOT_FOUND', `No passage ${input.passageId} in document ${input.docId}`);
    }
    const stamp = now();
    const note: Note = {
      id: randomUUID(),
      kind: 'bookmark',
      layer: input.layer ?? defaultLayer,
      docId: input.docId,
      identity: identityOf(input.docId),
      version: flat.version,
      ...(passage
        ? {
            anchor: {
              passageId: passage.id,
              endPassageId: passage.id,
              start: 0,
              end: 0,
              ...(passage.number ? { number: passage.number } : {}),
            },
          }
        : {}),
      status: 'anchored',
      needsReview: false,
      ...(input.note !== undefined ? { note: input.note } : {}),
      noteFormat: input.noteFormat ?? 'plain',
      tags: [...new Set(input.tags ?? [])].sort(),
      createdAt: stamp,
      updatedAt: stamp,
    };
    save([note]);
    return get(note.id);
  }

  function edit(input: EditNote): Note {
    const note = get(input.id);
    const { note: _text, ...rest } = note;
    const clears = input.note === null || input.note === '';
    const edited: Note = {
      ...(clears ? rest : note),
      ...(input.note && !clears ? { note: input.note } : {}),
      ...(input.colour ? { colour: input.colour } : {}),
      ...(input.noteFormat ? { noteFormat: input.noteFormat } : {}),
      ...(input.tags ? { tags: [...new Set(input.tags)].sort() } : {}),
      ...(input.layer ? { layer: input.layer } : {}),
      updatedAt: now(),
    };
    save([edited]);
    return get(note.id);
  }

  function remove(id: string): Note {
    const note = get(id);
    save([{ ...note, deletedAt: now(), updatedAt: now() }]);
    return get(id, true);
  }

  function restore(id: string): Note {
    const { deletedAt: _gone, ...note } = get(id, true);
    save([{ ...note, updatedAt: now() }]);
    return get(id);
  }

  function list(filter: ListNotes = {}): Note[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!filter.includeDeleted) where.push('n.deleted_at IS NULL');
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter.docId) add('n.doc_id = ?', filter.docId);
    if (filter.colour) add('n.colour = ?', filter.colour);
    if (filter.layer) add('n.layer = ?', filter.layer);
    if (filter.needsReview !== undefined) add('n.needs_review = ?', filter.needsReview ? 1 : 0);
    if (filter.tag) add('EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag = ?)', filter.tag);
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return readNotes(db(), `${clause} ORDER BY n.created_at, n.rowid`, params);
  }

  /** Notes whose text, quote or a tag contains every word of the query (case-insensitive for ASCII). */
  function searchNotes(query: string, limit = defaultSearchLimit): Note[] {
    const words = query.split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const where = words.map(
      () =>
        `(n.note LIKE ? ESCAPE '\\' OR n.exact LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM note_tags t WHERE t.note_id = n.id AND t.tag LIKE ? ESCAPE '\\'))`,
    );
    const params = words.flatMap((w) => [likePattern(w), likePattern(w), likePattern(w)]);
    return readNotes(db(), `WHERE n.deleted_at IS NULL AND ${where.join(' AND ')} ORDER BY n.updated_at DESC LIMIT ?`, [
      ...params,
      limit,
    ]);
  }

  /** Placed notes on a document's current version, packed for the wire (see document-marks.ts). */
  function packedMarks(docId: string, firstScreen?: FirstScreen): PackedMarks {
    return packedDocumentMarks(db(), library, docId, firstScreen);
  }

  function layers(): string[] {
    return db().prepare('SELECT name FROM layers ORDER BY name').pluck().all() as string[];
  }

  function tags(): string[] {
    return db()
      .prepare(
        'SELECT DISTINCT t.tag FROM note_tags t JOIN notes n ON n.id = t.note_id WHERE n.deleted_at IS NULL ORDER BY t.tag',
      )
      .pluck()
      .all() as string[];
  }

  /**
   * After an import: notes on documents whose current version changed move to it;
   * notes on an older dated version of a law the import added move to the newer one;
   * notes whose document ID vanished (library rebuilt, file moved) follow their identity.
   */
  function currentVersionId(docId: string): number {
    return library.prepare('SELECT current_version_id FROM documents WHERE id = ?').pluck().get(docId) as number;
  }

  function documentsChanged(changedDocIds: readonly string[]): ReanchorReport {
    const currentVersion = new Map(
      (
        library
          .prepare('SELECT d.id, v.version FROM documents d JOIN document_versions v ON v.id = d.current_version_id')
          .all() as { id: string; version: number }[]
      ).map((r) => [r.id, r.version]),
    );
    const present = new Set(currentVersion.keys());
    let changedIds = changedDocIds;
    if (changedIds.length === 0) {
      // At start: notes whose document left the library, or whose re-anchoring did not run
      // (placed notes on an older version), need work; the usual case is none.
      const noted = db()
        .prepare('SELECT DISTINCT doc_id, version, status FROM notes WHERE deleted_at IS NULL')
        .all() as { doc_id: string; version: number; status: string }[];
      const stale = noted.filter(
        (n) => !present.has(n.doc_id) || (n.status !== 'orphaned' && currentVersion.get(n.doc_id) !== n.version),
      );
      if (stale.length === 0) return { anchored: 0, moved: 0, changed: 0, orphaned: 0 };
      changedIds = [...new Set(stale.filter((n) => present.has(n.doc_id)).map((n) => n.doc_id))];
    }
    const context = new AnchorContext(library);
    const stamp = now();
    const moved: Note[] = [];
    const changed = new Set(changedIds);
    const successors = changedIds
      .map((id) => ({ id, identity: context.identity(id, currentVersionId(id)) }))
      .filter((c) => c.identity !== undefined);
    // Only notes on changed or vanished documents, or on an older law a changed one may succeed, are read.
    const titles = new Set(successors.map((c) => c.identity!.title));
    const noted = db()
      .prepare("SELECT DISTINCT doc_id, json_extract(identity, '$.title') AS title FROM notes WHERE deleted_at IS NULL")
      .all() as { doc_id: string; title: string }[];
    const relevant = noted
      .filter((n) => changed.has(n.doc_id) || !present.has(n.doc_id) || titles.has(n.title))
      .map((n) => n.doc_id);
    if (relevant.length === 0) return countStatuses([]);
    const live = readNotes(
      db(),
      'WHERE n.deleted_at IS NULL AND n.doc_id IN (SELECT value FROM json_each(?)) ORDER BY n.rowid',
      [JSON.stringify([...new Set(relevant)])],
    );
    const current = new Map<string, number>();
    for (const note of live) {
      let to: string | undefined;
      if (!present.has(note.docId)) to = resolveIdentity(library, note.identity);
      else if (changed.has(note.docId)) to = note.docId;
      if (to) {
        if (!current.has(to)) current.set(to, context.flat(to)?.version ?? -1);
        if (to === note.docId && current.get(to) === note.version) continue;
        moved.push(reanchorNote(context, note, to, stamp));
      }
    }
    const movedIds = new Set(moved.map((m) => m.id));
    for (const note of live) {
      if (movedIds.has(note.id) || !present.has(note.docId)) continue;
      const newer = successors.filter((c) => c.id !== note.docId && isNewerVersionOf(c.identity!, note.identity));
      const latest = newer.sort((a, b) => (a.identity!.versionDate! < b.identity!.versionDate! ? 1 : -1))[0];
      // A note that does not fit the newer law stays anchored on the older one, which still holds its text.
      const placed = latest ? reanchorNote(context, note, latest.id, stamp) : undefined;
      if (placed && placed.status !== 'orphaned') moved.push(placed);
    }
    savePlacements(moved);
    return countStatuses(moved);
  }

  function passageIn(docId: string, version: number, passageId: string | undefined): VersionedPassage | undefined {
    if (!passageId) return undefined;
    const row = library
      .prepare(
        `SELECT p.number, p.text FROM passages p JOIN document_versions v ON v.id = p.version_id
         WHERE v.document_id = ? AND v.version = ? AND p.id = ?`,
      )
      .get(docId, version, passageId) as { number: string | null; text: string } | undefined;
    return row
      ? { docId, version, passageId, ...(row.number ? { number: row.number } : {}), text: row.text }
      : undefined;
  }

  /** The passage a note was on before its last re-anchoring (old version), and the one it is on now. */
  function review(id: string): NoteReview {
    const note = get(id);
    const before = note.previous
      ? passageIn(note.previous.docId, note.previous.version, note.previous.passageId)
      : undefined;
    const after = note.status === 'orphaned' ? undefined : passageIn(note.docId, note.version, note.anchor?.passageId);
    return { note, ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }

  function accept(id: string): Note {
    const note = get(id);
    save([{ ...note, needsReview: false, updatedAt: now() }]);
    return get(id);
  }

  function reattach(input: Reattach): Note {
    const note = get(input.id);
    const flat = loadFlatText(library, input.docId);
    const first = flat?.byId.get(input.passageId);
    const last = flat?.byId.get(input.endPassageId ?? input.passageId);
    if (!flat || !first || !last) throw new KbError('NOT_FOUND', `No passage ${input.passageId} in ${input.docId}`);
    const start = first.start + input.start;
    const end = last.start + input.end;
    if (end <= start || input.end > last.end - last.start) {
      throw new KbError('INVALID_INPUT', 'The new range is empty or outside its passages');
    }
    save([
      {
        ...note,
        ...placedAt(input.docId, flat, start, end),
        updatedAt: now(),
      },
    ]);
    return get(input.id);
  }

  /** Deletes a note for good: only ever on the user's word (the review queue's "discard"). */
  function discard(id: string): { id: string } {
    get(id, true);
    options.assertWritable();
    db().prepare('DELETE FROM notes WHERE id = ?').run(id);
    options.onChange([id]);
    return { id };
  }

  return {
    get,
    save,
    addHighlight,
    addBookmark,
    edit,
    remove,
    restore,
    list,
    packedMarks,
    searchNotes,
    layers,
    tags,
    documentsChanged,
    accept,
    review,
    reattach,
    discard,
  };
}

export type NotesStore = ReturnType<typeof createNotesStore>;
