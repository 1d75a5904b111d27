import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentMarksSql } from '../../../electron/core/notes/document-marks';
import type { KbService } from '../../../electron/core/service';
import type { DocumentDetail } from '../../../shared/model';
import { unpackMarks } from '../../../shared/packed-marks';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService;
let notice: DocumentDetail;
beforeEach(async () => {
  service = await openTestService(tempDir());
  notice = await docByTitle(service, noticeTitle);
});
afterEach(async () => {
  await service.close();
});

describe('documentMarks', () => {
  it('lists placed marks in the order they were made (an edit keeps the place): a bookmark without a colour, highlights with theirs', async () => {
    const second = await highlight(service, notice.id, '2', 'Tokenization');
    await service.api.editNote({ id: second.id, colour: 'blue' });
    const bookmark = await service.api.addBookmark({ docId: notice.id, passageId: notice.passages[4]!.id });
    const first = await highlight(service, notice.id, '1', 'Virtual currency', { note: 'why' });
    await service.api.addBookmark({ docId: notice.id });
    expect(unpackMarks(await service.api.documentMarks({ docId: notice.id }))).toEqual([
      {
        id: second.id,
        kind: 'highlight',
        passageId: second.anchor!.passageId,
        endPassageId: second.anchor!.passageId,
        start: second.anchor!.start,
        end: second.anchor!.end,
        colour: 'blue',
        status: 'anchored',
        hasNote: false,
      },
      {
        id: bookmark.id,
        kind: 'bookmark',
        passageId: notice.passages[4]!.id,
        endPassageId: notice.passages[4]!.id,
        start: 0,
        end: 0,
        status: 'anchored',
        hasNote: false,
      },
      {
        id: first.id,
        kind: 'highlight',
        passageId: first.anchor!.passageId,
        endPassageId: first.anchor!.passageId,
        start: first.anchor!.start,
        end: first.anchor!.end,
        colour: 'yellow',
        status: 'anchored',
        hasNote: true,
      },
    ]);
  });

  it('leaves out orphaned notes, which have no place in the current version', async () => {
    const kept = await highlight(service, notice.id, '1', 'Virtual currency');
    const lost = await highlight(service, notice.id, '2', 'Tokenization');
    service.notes.store.save([{ ...lost, status: 'orphaned', needsReview: true }]);
    expect(unpackMarks(await service.api.documentMarks({ docId: notice.id })).map((m) => m.id)).toEqual([kept.id]);
  });

  it('answers NOT_FOUND for a document the library does not hold', async () => {
    await expect(service.api.documentMarks({ docId: 'no-such-document' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads every value from the notes_marks index, never from the wide note rows', () => {
    const db = service.notes.db();
    const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'notes_marks'").pluck().get();
    const program = db.prepare(`EXPLAIN ${documentMarksSql}`).all(notice.id, 1) as {
      opcode: string;
      p1: number;
      p2: number;
    }[];
    const indexCursor = program.find((op) => op.opcode === 'OpenRead' && op.p2 === root)?.p1;
    const readCursors = new Set(program.filter((op) => op.opcode === 'Column').map((op) => op.p1));
    expect(indexCursor).toBeDefined();
    expect([...readCursors]).toEqual([indexCursor]);
  });
});
