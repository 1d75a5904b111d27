import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import {
  backupKeepAtLeast,
  backupKeepDays,
  createBackup,
  listBackups,
  rotateBackups,
} from '../../../electron/core/notes/backups';
import { createNotesService } from '../../../electron/core/notes/notes-service';
import { openUserStore, userStorePath } from '../../../electron/core/notes/user-store';
import type { KbService } from '../../../electron/core/service';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const day = 24 * 60 * 60 * 1000;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Overwrites a run of pages in the middle of the file with garbage. */
function corrupt(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 2);
  closeSync(fd);
}

async function serviceWithNotes(data: string, count: number, automaticBackups = false) {
  service = await openTestService(data);
  if (automaticBackups) {
    await service.close();
    const { createKbService } = await import('../../../electron/core/service');
    service = await createKbService({
      dataDir: data,
      resourcesDir: path.resolve(__dirname, '..', '..', '..', 'resources'),
      appVersion: 'test',
      importOn: 'this-thread',
      seedEmptyLibrary: true,
      automaticBackups: true,
    });
  }
  const notice = await docByTitle(service, noticeTitle);
  for (let i = 0; i < count; i++)
    await highlight(service, notice.id, '2', 'Tokenization', { note: `note ${i} ${'x'.repeat(400)}` });
  return service;
}

describe('backups of the user store', () => {
  it('copies the store with the online backup into a new file that holds every note', async () => {
    const data = tempDir();
    const s = await serviceWithNotes(data, 3);
    const info = await s.api.backupNotes({});
    const copy = new Database(info.file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(3);
    copy.close();
    expect(path.dirname(info.file)).toBe(path.join(data, 'backups'));
  });

  it('never writes over an existing backup, even at the same instant', async () => {
    const data = tempDir();
    const { db } = openUserStore(data);
    const at = new Date('2026-11-30T10:00:00.000Z');
    const first = await createBackup(db, data, at);
    const before = sha(first.file);
    const second = await createBackup(db, data, at);
    db.close();
    expect(second.file).not.toBe(first.file);
    expect(sha(first.file)).toBe(before);
  });

  it(`rotates out backups older than ${backupKeepDays} days but keeps the newest ${backupKeepAtLeast}`, async () => {
    const data = tempDir();
    const { db } = openUserStore(data);
    const now = new Date('2026-12-01T00:00:00.000Z');
    for (const daysAgo of [40, 30, 20, 16, 2, 1]) await createBackup(db, data, new Date(now.getTime() - daysAgo * day));
    db.close();
    rotateBackups(data, now);
    expect(listBackups(data).map((b) => Math.round((now.getTime() - Date.parse(b.createdAt)) / day))).toEqual([
      1, 2, 16,
    ]);
  });

  it('backs up automatically at start when the newest backup is a day old, not on every start', async () => {
    const data = tempDir();
    await serviceWithNotes(data, 0, true);
    expect(listBackups(data)).toHaveLength(1);
    await service!.close();
    service = undefined;
    await serviceWithNotes(data, 0, true);
    expect(listBackups(data)).toHaveLength(1);
  });
});

describe('daily backups while Folio runs', () => {
  it('makes one more backup each day', async () => {
    const data = tempDir();
    const library = openDatabase(data);
    let clock = new Date('2026-12-01T08:00:00.000Z');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const notes = await createNotesService({ dataDir: data, library, automaticBackups: true, now: () => clock });
      expect(listBackups(data)).toHaveLength(1);
      clock = new Date(clock.getTime() + day);
      vi.advanceTimersByTime(day);
      await vi.waitFor(() => expect(listBackups(data)).toHaveLength(2));
      notes.close();
    } finally {
      vi.useRealTimers();
      library.close();
    }
  });
});

describe('a corrupted user store', () => {
  it('opens read-only, offers the latest good backup, and restores it without touching the backup', async () => {
    const data = tempDir();
    const s = await serviceWithNotes(data, 40);
    const backup = await s.api.backupNotes({});
    const backupHash = sha(backup.file);
    await s.close();
    service = undefined;
    corrupt(userStorePath(data));

    service = await openTestService(data);
    const health = await service.api.notesHealth({});
    expect(health).toMatchObject({ state: 'corrupt', readOnly: true, latestGoodBackup: { file: backup.file } });
    const notice = await docByTitle(service, noticeTitle);
    await expect(highlight(service, notice.id, '2', 'Tokenization')).rejects.toThrow(/read-only/);

    const restored = await service.api.restoreNotes({ file: backup.file });
    expect(restored).toEqual({ state: 'ok', readOnly: false });
    expect(await service.api.listNotes({})).toHaveLength(40);
    expect(sha(backup.file)).toBe(backupHash);
    expect(listBackups(data).map((b) => b.file)).toEqual([backup.file]);
  });

  it('refuses through the API a file outside the backups folder', async () => {
    const data = tempDir();
    service = await openTestService(data);
    await expect(service.api.restoreNotes({ file: '/etc/passwd' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.api.restoreNotes({ file: '../user.sqlite' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses to restore from a file that is not a sound backup', async () => {
    const data = tempDir();
    service = await openTestService(data);
    mkdirSync(path.join(data, 'backups'), { recursive: true });
    const bogus = path.join(data, 'backups', 'not-a-backup.sqlite');
    writeFileSync(bogus, 'hello');
    await expect(service.api.restoreNotes({ file: bogus })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await service.api.notesHealth({})).toEqual({ state: 'ok', readOnly: false });
  });
});
