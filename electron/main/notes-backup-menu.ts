import type { BackupInfo, UserStoreHealth } from '../../shared/notes-model';
import type { MenuLanguage } from './menu-strings';

/** The dialogs' own words (the menu's language). */
export const backupWords = {
  en: {
    backedUp: 'Your notes were backed up.',
    restored: 'Your notes were restored. The file they replaced is kept beside the backups.',
    stillReadOnly: 'The notes were restored but are still read-only.',
    failed: 'Folio could not do that',
    chooseBackup: 'Restore notes from a backup',
    backups: 'Folio notes backups',
  },
  zh: {
    backedUp: '笔记已备份。',
    restored: '笔记已恢复。被替换的文件保留在备份旁边。',
    stillReadOnly: '笔记已恢复，但仍为只读。',
    failed: 'Folio 无法完成此操作',
    chooseBackup: '从备份恢复笔记',
    backups: 'Folio 笔记备份',
  },
} as const;

export interface BackupMenuDeps {
  language: MenuLanguage;
  /** The backups folder, where the open dialog starts. */
  backupsFolder: string;
  backup(): Promise<BackupInfo>;
  /** Replaces the user store with a backup file the user chose (checked first by the core). */
  restore(file: string): UserStoreHealth;
  showOpenDialog(options: {
    title: string;
    defaultPath: string;
    properties: ['openFile'];
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessage(options: { type: 'info' | 'error'; message: string; detail?: string }): void;
}

function failed(deps: BackupMenuDeps, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  deps.showMessage({
    type: 'error',
    message: backupWords[deps.language].failed,
    detail: typeof code === 'string' ? `${code}: ${message}` : message,
  });
}

/** File ▸ Back Up Notes Now: an online backup of user.sqlite, then says where it went. */
export async function backUpNotesNow(deps: BackupMenuDeps): Promise<BackupInfo | null> {
  try {
    const info = await deps.backup();
    deps.showMessage({ type: 'info', message: backupWords[deps.language].backedUp, detail: info.file });
    return info;
  } catch (error) {
    failed(deps, error);
    return null;
  }
}

/** File ▸ Restore Notes…: the user picks a backup (the backups folder first); null when cancelled. */
export async function restoreNotesFromBackup(deps: BackupMenuDeps): Promise<UserStoreHealth | null> {
  const words = backupWords[deps.language];
  const choice = await deps.showOpenDialog({
    title: words.chooseBackup,
    defaultPath: deps.backupsFolder,
    properties: ['openFile'],
    filters: [{ name: words.backups, extensions: ['sqlite'] }],
  });
  const file = choice.filePaths[0];
  if (choice.canceled || !file) return null;
  try {
    const health = deps.restore(file);
    deps.showMessage({
      type: health.readOnly ? 'error' : 'info',
      message: health.readOnly ? words.stillReadOnly : words.restored,
    });
    return health;
  } catch (error) {
    failed(deps, error);
    return null;
  }
}
