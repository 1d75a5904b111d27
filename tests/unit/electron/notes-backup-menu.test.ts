import { afterEach, describe, expect, test, vi } from 'vitest';
import { backupDir } from '../../../electron/core/notes/backups';
import type { KbService } from '../../../electron/core/service';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { type BackupMenuDeps, backUpNotesNow, restoreNotesFromBackup } from '../../../electron/main/notes-backup-menu';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from '../notes/helpers';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by the backup menu');
});

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** The real notes service behind fake dialogs that answer `chosen` and record the messages. */
function deps(s: KbService, dataDir: string, chosen: string[] | null) {
  const messages: { type: string; message: string; detail?: string }[] = [];
  const opened: string[] = [];
  const d: BackupMenuDeps = {
    language: 'en',
    backupsFolder: backupDir(dataDir),
    backup: () => s.notes.backupNow(),
    restore: (file) => s.notes.restore(file),
    showOpenDialog: async (options) => {
      opened.push(options.defaultPath);
      return chosen ? { canceled: false, filePaths: chosen } : { canceled: true, filePaths: [] };
    },
    showMessage: (options) => messages.push(options),
  };
  return { d, messages, opened };
}

describe('File ▸ Back Up Notes Now and Restore Notes…', () => {
  test('the File menu offers both after Save as PDF…, in the menu’s language', () => {
    const file = buildMenuTemplate({
      appName: 'Folio',
      platform: 'linux',
      isPackaged: true,
      importFiles: vi.fn(),
      importFolder: vi.fn(),
      saveAsPdf: vi.fn(),
      backUpNotes: vi.fn(),
      restoreNotes: vi.fn(),
      language: 'zh',
    }).find((menu) => menu.label === '文件')!.submenu as { label?: string; type?: string; role?: string }[];
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      '导入文件…',
      '导入文件夹…',
      'separator',
      '另存为 PDF…',
      'separator',
      '立即备份笔记',
      '恢复笔记…',
      'separator',
      'quit',
    ]);
  });

  test('backing up writes a backup into the backups folder and says where', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const { d, messages } = deps(service, data, null);

    const info = await backUpNotesNow(d);

    expect(info?.file.startsWith(backupDir(data))).toBe(true);
    expect(messages).toEqual([{ type: 'info', message: 'Your notes were backed up.', detail: info!.file }]);
  });

  test('restoring the chosen backup brings back the notes it holds', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { note: 'kept' });
    const backup = await service.notes.backupNow();
    await highlight(service, notice.id, '2', 'Tokenization', { note: 'after the backup' });
    const { d, messages, opened } = deps(service, data, [backup.file]);

    const health = await restoreNotesFromBackup(d);

    expect(health).toEqual({ state: 'ok', readOnly: false });
    expect(opened).toEqual([backupDir(data)]);
    expect((await service.api.listNotes({})).map((n) => n.note)).toEqual(['kept']);
    expect(messages.map((m) => m.type)).toEqual(['info']);
  });

  test('a file that is not a backup is refused with its code, and the notes stay', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { note: 'kept' });
    const { d, messages } = deps(service, data, [`${data}/folio.sqlite-missing`]);

    expect(await restoreNotesFromBackup(d)).toBeNull();

    expect(messages).toHaveLength(1);
    expect(messages[0]!.type).toBe('error');
    expect(messages[0]!.message).toBe('Folio could not do that');
    expect((await service.api.listNotes({})).map((n) => n.note)).toEqual(['kept']);
  });

  test('cancelling the dialog restores nothing', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const { d, messages } = deps(service, data, null);

    expect(await restoreNotesFromBackup(d)).toBeNull();
    expect(messages).toEqual([]);
  });
});
