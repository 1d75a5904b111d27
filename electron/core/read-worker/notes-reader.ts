import type Database from 'better-sqlite3';
import DatabaseConstructor from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { Pack } from '../../../shared/notes-model';
import { type HandoutItem, resolveHandout } from '../notes/export/handout';
import { createNotesStore, type NotesStore } from '../notes/notes-store';
import { createPacks, type Packs } from '../notes/packs';
import { createTransfer } from '../notes/transfer';
import { userStorePath } from '../notes/user-store';

/** The notes' read side over a read-only user.sqlite connection (exports and `in:notes` in the read worker). */
export interface NotesReader {
  store: NotesStore;
  packs: Packs;
  transfer: ReturnType<typeof createTransfer>;
  handoutItems(pack: Pack): HandoutItem[];
  close(): void;
}

export function openNotesReader(dataDir: string, library: Database.Database): NotesReader {
  const db = new DatabaseConstructor(userStorePath(dataDir), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  const refuse = () => {
    throw new KbError('READ_ONLY', 'The read worker only reads your notes');
  };
  const ignore = () => undefined;
  const now = () => new Date();
  const store = createNotesStore({ db: () => db, library, assertWritable: refuse, onChange: ignore, now });
  const packs = createPacks({ db: () => db, library, notes: store, assertWritable: refuse, onChange: ignore, now });
  const transfer = createTransfer({ library, notes: store, packs, now });
  return {
    store,
    packs,
    transfer,
    handoutItems: (pack) =>
      resolveHandout(library, pack, (id) => {
        try {
          return store.get(id, true);
        } catch {
          return undefined;
        }
      }),
    close: () => db.close(),
  };
}
