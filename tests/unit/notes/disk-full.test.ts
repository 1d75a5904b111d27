import { afterEach, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import { KbError } from '../../../shared/errors';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from './helpers';

/**
 * A full disk during a notes save (issue 10), made real with SQLite's own size limit on
 * user.sqlite: `max_page_count` set to the pages the file has now, so the next save that
 * needs a new page fails as a full disk would.
 */
const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A note long enough to need pages the store does not have yet. */
const longNote = 'A trainer’s long note. '.repeat(2_000);

async function fillUserStore(s: KbService): Promise<void> {
  const db = s.notes.db();
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
}

async function saveError(save: () => Promise<unknown>): Promise<unknown> {
  try {
    await save();
  } catch (error) {
    return error;
  }
  throw new Error('the save succeeded on a full disk');
}

describe('a notes save on a full disk', () => {
  it('fails with DISK_FULL, not INTERNAL', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await fillUserStore(service);

    const error = await saveError(() => highlight(service!, notice.id, '2', 'Tokenization', { note: longNote }));

    expect(error).toBeInstanceOf(KbError);
    expect((error as KbError).code).toBe('DISK_FULL');
  });

  it('leaves nothing half-written: the notes and their tags are as before', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    const kept = await highlight(service, notice.id, '2', 'Tokenization', { note: 'kept', tags: ['kept-tag'] });
    await fillUserStore(service);

    await saveError(() =>
      highlight(service!, notice.id, '2', 'Real-World Assets', { note: longNote, tags: ['lost-tag'] }),
    );

    expect((await service.api.listNotes({})).map((n) => [n.id, n.note, n.tags])).toEqual([
      [kept.id, 'kept', ['kept-tag']],
    ]);
    expect(await service.api.listNoteTags({})).toEqual(['kept-tag']);
    expect(service.notes.db().pragma('quick_check', { simple: true })).toBe('ok');
  });

  it('an edit that does not fit keeps the old text', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    const kept = await highlight(service, notice.id, '2', 'Tokenization', { note: 'short' });
    await fillUserStore(service);

    const error = await saveError(() => service!.api.editNote({ id: kept.id, note: longNote }));

    expect((error as KbError).code).toBe('DISK_FULL');
    expect((await service.api.listNotes({})).map((n) => n.note)).toEqual(['short']);
  });

  it('saves again once the limit is raised', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await fillUserStore(service);
    await saveError(() => highlight(service!, notice.id, '2', 'Tokenization', { note: longNote }));

    service.notes.db().pragma('max_page_count = 1073741823');
    const saved = await highlight(service, notice.id, '2', 'Tokenization', { note: longNote });

    expect((await service.api.listNotes({})).map((n) => [n.id, n.note?.length])).toEqual([[saved.id, longNote.length]]);
  });
});
