import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import { defaultLayer, type Pack, type PackItem, type PackItemInput, PackSchema } from '../../../shared/notes-model';
import { ensureLayer } from './note-rows';
import type { NotesStore } from './notes-store';

interface PacksOptions {
  db: () => Database.Database;
  library: Database.Database;
  notes: NotesStore;
  assertWritable: () => void;
  onChange: (ids: readonly string[]) => void;
  now: () => Date;
}

interface ItemRow {
  id: string;
  kind: PackItem['kind'];
  doc_id: string | null;
  passage_id: string | null;
  note_id: string | null;
  text: string | null;
  question: string | null;
  answer: string | null;
}

function toItem(r: ItemRow): PackItem {
  return {
    id: r.id,
    kind: r.kind,
    ...(r.doc_id ? { docId: r.doc_id } : {}),
    ...(r.passage_id ? { passageId: r.passage_id } : {}),
    ...(r.note_id ? { noteId: r.note_id } : {}),
    ...(r.text !== null ? { text: r.text } : {}),
    ...(r.question !== null && r.answer !== null ? { quiz: { question: r.question, answer: r.answer } } : {}),
  };
}

/** Session packs: named, ordered lists of passages and highlights with the trainer's notes between them. */
export function createPacks(options: PacksOptions) {
  const db = options.db;
  const stamp = () => options.now().toISOString();

  function find(nameOrId: string): Pack {
    const row = db()
      .prepare('SELECT id, name, layer, created_at, updated_at FROM packs WHERE id = ? OR name = ?')
      .get(nameOrId, nameOrId) as
      | { id: string; name: string; layer: string; created_at: string; updated_at: string }
      | undefined;
    if (!row) throw new KbError('NOT_FOUND', `No pack named ${nameOrId}`);
    const items = (
      db().prepare('SELECT * FROM pack_items WHERE pack_id = ? ORDER BY position').all(row.id) as ItemRow[]
    ).map(toItem);
    return PackSchema.parse({
      id: row.id,
      name: row.name,
      layer: row.layer,
      items,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  function list(): Pack[] {
    const ids = db().prepare('SELECT id FROM packs ORDER BY name').pluck().all() as string[];
    return ids.map(find);
  }

  /** Writes a whole pack (insert or replace, items in the given order). */
  function write(pack: Pack): void {
    options.assertWritable();
    const store = db();
    store.transaction(() => {
      ensureLayer(store, pack.layer, pack.createdAt);
      store
        .prepare(
          `INSERT INTO packs (id, name, layer, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, layer = excluded.layer, updated_at = excluded.updated_at`,
        )
        .run(pack.id, pack.name, pack.layer, pack.createdAt, pack.updatedAt);
      store.prepare('DELETE FROM pack_items WHERE pack_id = ?').run(pack.id);
      const insert = store.prepare(
        `INSERT INTO pack_items (id, pack_id, position, kind, doc_id, passage_id, note_id, text, question, answer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      pack.items.forEach((item, i) => {
        insert.run(
          item.id,
          pack.id,
          i,
          item.kind,
          item.docId ?? null,
          item.passageId ?? null,
          item.noteId ?? null,
          item.text ?? null,
          item.quiz?.question ?? null,
          item.quiz?.answer ?? null,
        );
      });
    })();
    options.onChange([pack.id]);
  }

  function create(name: string, layer = defaultLayer): Pack {
    const exists = db().prepare('SELECT 1 FROM packs WHERE name = ?').get(name);
    if (exists) throw new KbError('INVALID_INPUT', `A pack named ${name} already exists`);
    const at = stamp();
    write({ id: randomUUID(), name, layer, items: [], createdAt: at, updatedAt: at });
    return find(name);
  }

  /** A FAQ passage is a quiz card as it stands: its question and its answer. */
  function faqQuiz(passageId: string): PackItem['quiz'] {
    const row = options.library
      .prepare(
        `SELECT p.kind, p.title, p.text FROM passages p JOIN documents d ON d.current_version_id = p.version_id
         WHERE p.id = ?`,
      )
      .get(passageId) as { kind: string; title: string | null; text: string } | undefined;
    return row?.kind === 'faq' && row.title ? { question: row.title, answer: row.text } : undefined;
  }

  function checkItem(item: PackItemInput): void {
    if (item.kind === 'note') options.notes.get(item.noteId ?? '');
    if (item.kind === 'passage' && (!item.docId || !item.passageId)) {
      throw new KbError('INVALID_INPUT', 'A passage item needs docId and passageId');
    }
    if (item.kind === 'text' && !item.text) throw new KbError('INVALID_INPUT', 'A text item needs its text');
  }

  function addItem(nameOrId: string, input: PackItemInput, position?: number): Pack {
    const pack = find(nameOrId);
    checkItem(input);
    const quiz = input.quiz ?? (input.kind === 'passage' && input.passageId ? faqQuiz(input.passageId) : undefined);
    const item: PackItem = { ...input, id: input.id ?? randomUUID(), ...(quiz ? { quiz } : {}) };
    const items = [...pack.items];
    items.splice(Math.min(position ?? items.length, items.length), 0, item);
    write({ ...pack, items, updatedAt: stamp() });
    return find(pack.id);
  }

  function editItem(nameOrId: string, itemId: string, changes: Pick<PackItem, 'text' | 'quiz'>): Pack {
    const pack = find(nameOrId);
    if (!pack.items.some((i) => i.id === itemId)) throw new KbError('NOT_FOUND', `No item ${itemId} in ${pack.name}`);
    const items = pack.items.map((i) => (i.id === itemId ? { ...i, ...changes } : i));
    write({ ...pack, items, updatedAt: stamp() });
    return find(pack.id);
  }

  function moveItem(nameOrId: string, itemId: string, to: number): Pack {
    const pack = find(nameOrId);
    const from = pack.items.findIndex((i) => i.id === itemId);
    if (from < 0) throw new KbError('NOT_FOUND', `No item ${itemId} in ${pack.name}`);
    const items = [...pack.items];
    const [item] = items.splice(from, 1);
    items.splice(Math.max(0, Math.min(to, items.length)), 0, item!);
    write({ ...pack, items, updatedAt: stamp() });
    return find(pack.id);
  }

  function removeItem(nameOrId: string, itemId: string): Pack {
    const pack = find(nameOrId);
    write({ ...pack, items: pack.items.filter((i) => i.id !== itemId), updatedAt: stamp() });
    return find(pack.id);
  }

  function rename(nameOrId: string, name: string): Pack {
    const pack = find(nameOrId);
    const clash = db().prepare('SELECT 1 FROM packs WHERE name = ? AND id <> ?').get(name, pack.id);
    if (clash) throw new KbError('INVALID_INPUT', `A pack named ${name} already exists`);
    write({ ...pack, name, updatedAt: stamp() });
    return find(pack.id);
  }

  /** Deletes a pack (its items; the notes it points to stay): only on the user's word. */
  function remove(nameOrId: string): { id: string } {
    const pack = find(nameOrId);
    options.assertWritable();
    db().prepare('DELETE FROM packs WHERE id = ?').run(pack.id);
    options.onChange([pack.id]);
    return { id: pack.id };
  }

  return { find, list, write, create, addItem, editItem, moveItem, removeItem, rename, remove };
}

export type Packs = ReturnType<typeof createPacks>;
