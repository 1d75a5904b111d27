import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { KbEvent } from '../../../shared/events';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle, reimportEdited, serviceWithSeedCopy } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();

describe('the notesChanged event', () => {
  test('adding, deleting and restoring a bookmark each emit notesChanged with its id', async () => {
    const service = await openTestService(tempDir());
    const [doc] = await service.api.listDocuments({});
    if (!doc) throw new Error('the seed library has no document');
    const seen: KbEvent[] = [];
    service.events.subscribe((event) => seen.push(event));
    const note = await service.api.addBookmark({ docId: doc.id });
    await service.api.deleteNote({ id: note.id });
    await service.api.restoreNote({ id: note.id });
    await service.close();
    expect(seen).toEqual([
      { name: 'notesChanged', payload: { ids: [note.id] } },
      { name: 'notesChanged', payload: { ids: [note.id] } },
      { name: 'notesChanged', payload: { ids: [note.id] } },
    ]);
  });
  test('reading notes emits nothing', async () => {
    const service = await openTestService(tempDir());
    const seen: string[] = [];
    service.events.subscribe((event) => seen.push(event.name));
    await service.api.listNotes({});
    await service.api.notesReviewQueue({});
    await service.close();
    expect(seen).toEqual([]);
  });
  test('re-importing a changed document re-anchors its highlight and emits notesChanged with the note', async () => {
    const { service, copy } = await serviceWithSeedCopy(tempDir(), tempDir());
    const notice = await docByTitle(service, noticeTitle);
    const sentence = 'Virtual currency does not possess the legal status equivalent to fiat currency.';
    const note = await highlight(service, notice.id, '1', sentence);
    const seen: KbEvent[] = [];
    service.events.subscribe((event) => seen.push(event));
    await reimportEdited(
      service,
      copy,
      readFileSync(copy, 'utf8').replace(sentence, `${sentence.slice(0, -1)}, as noted.`),
    );
    await service.close();
    expect(seen.filter((e) => e.name === 'notesChanged')).toEqual([
      { name: 'notesChanged', payload: { ids: [note.id] } },
    ]);
  });
});
