import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/core/db/open';
import { openUserStore, userStoreFileName } from '../../../electron/core/notes/user-store';
import type { KbService } from '../../../electron/core/service';
import { seedPath } from '../../support/corpus';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { anchoredText, docByTitle, highlight, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const sentence = 'Virtual currency does not possess the legal status equivalent to fiat currency.';

describe('the user store', () => {
  it('is its own file beside the library, in WAL mode with synchronous=FULL', () => {
    const data = tempDir();
    const { db, health } = openUserStore(data);
    expect(health).toEqual({ state: 'ok', readOnly: false });
    expect(existsSync(path.join(data, userStoreFileName))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('loses no note when the library database is deleted and the seed re-imported', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '1', sentence, { note: 'key line', tags: ['status'] });
    await service.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(data, `${databaseFileName}${suffix}`), { force: true });

    service = await openTestService(data);

    const notes = await service.api.listNotes({});
    expect(notes).toEqual([note]);
    expect(await anchoredText(service, notes[0]!)).toBe(sentence);
  });

  it('follows a document whose source file moved: the same text found under a new document ID', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '1', sentence);
    await service.close();
    rmSync(path.join(data, databaseFileName), { force: true });
    for (const suffix of ['-wal', '-shm']) rmSync(path.join(data, `${databaseFileName}${suffix}`), { force: true });

    service = await openTestService(data, false);
    await service.importNow([seedPath], () => undefined);

    const moved = await docByTitle(service, noticeTitle);
    expect(moved.id).not.toBe(notice.id);
    const [after] = await service.api.listNotes({});
    expect(after).toMatchObject({ id: note.id, docId: moved.id, status: 'anchored', needsReview: false });
    expect(await anchoredText(service, after!)).toBe(sentence);
  });
});
