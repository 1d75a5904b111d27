import path from 'node:path';
import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { BackupInfo, Pack, UserStoreHealth } from '../../../shared/notes-model';
import { backupDir, backupDue, backupEveryMs, createBackup, listBackups, rotateBackups } from './backups';
import { type HandoutItem, resolveHandout } from './export/handout';
import { createNotesStore } from './notes-store';
import { createPacks } from './packs';
import { createTransfer } from './transfer';
import { openUserStore, restoreUserStore } from './user-store';

export type NotesChangeListener = (noteIds: readonly string[]) => void;

export interface NotesServiceOptions {
  dataDir: string;
  library: Database.Database;
  /** Back up at start when the newest backup is a day old, then daily while open (the app, the bridge). */
  automaticBackups: boolean;
  now?: () => Date;
}

/**
 * The user's notes, packs and backups over their own database file (user.sqlite).
 * `onChange` lets a door forward a `notesChanged` event.
 */
export async function createNotesService(options: NotesServiceOptions) {
  const now = () => (options.now ? options.now() : new Date());
  let opened = openUserStore(options.dataDir);
  const listeners = new Set<NotesChangeListener>();
  const notify = (ids: readonly string[]) => {
    for (const listener of listeners) listener(ids);
  };
  const assertWritable = () => {
    if (opened.health.readOnly) {
      throw new KbError(
        'READ_ONLY',
        'Your notes are open read-only after a failed integrity check: restore the latest backup to save again',
      );
    }
  };
  const db = () => opened.db;
  const store = createNotesStore({ db, library: options.library, assertWritable, onChange: notify, now });
  const packs = createPacks({ db, library: options.library, notes: store, assertWritable, onChange: notify, now });
  const transfer = createTransfer({ library: options.library, notes: store, packs, now });

  async function backupNow(): Promise<BackupInfo> {
    const info = await createBackup(opened.db, options.dataDir, now());
    rotateBackups(options.dataDir, now());
    return info;
  }

  let timer: NodeJS.Timeout | undefined;
  if (options.automaticBackups && !opened.health.readOnly) {
    if (backupDue(options.dataDir, now())) await backupNow();
    timer = setInterval(() => {
      if (!opened.health.readOnly) void backupNow().catch(() => undefined);
    }, backupEveryMs);
    timer.unref();
  }

  return {
    store,
    packs,
    transfer,
    db,
    library: options.library,
    handoutItems: (pack: Pack): HandoutItem[] =>
      resolveHandout(options.library, pack, (id) => {
        try {
          return store.get(id, true);
        } catch {
          return undefined;
        }
      }),
    health: (): UserStoreHealth => opened.health,
    onChange(listener: NotesChangeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backupNow,
    listBackups: () => listBackups(options.dataDir),
    /**
     * A backup file named by a client: only files in the backups folder (the doors must not
     * turn restore into "read any file"; the CLI restores any path through `restore`).
     */
    backupFile(file: string): string {
      const folder = backupDir(options.dataDir);
      const resolved = path.resolve(folder, file);
      if (path.dirname(resolved) !== folder) {
        throw new KbError('INVALID_INPUT', `Only backups in ${folder} can be restored here`);
      }
      return resolved;
    },
    /** Replaces the user store with a backup (checked first; the replaced file is kept beside it). */
    restore(file: string): UserStoreHealth {
      opened.db.close();
      try {
        restoreUserStore(options.dataDir, file, now());
      } finally {
        opened = openUserStore(options.dataDir);
      }
      notify([]);
      return opened.health;
    },
    close(): void {
      if (timer) clearInterval(timer);
      opened.db.close();
    },
  };
}

export type NotesService = Awaited<ReturnType<typeof createNotesService>>;
