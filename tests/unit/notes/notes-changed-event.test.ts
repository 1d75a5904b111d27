import { describe, expect, test } from 'vitest';
import type { KbEvent } from '../../../shared/events';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

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
});
