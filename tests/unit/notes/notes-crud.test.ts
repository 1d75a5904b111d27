import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import type { DocumentDetail } from '../../../shared/model';
import { highlightColours } from '../../../shared/notes-model';
import { unpackMarks } from '../../../shared/packed-marks';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { anchoredText, docByTitle, highlight, noticeTitle } from './helpers';

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

describe('bookmarks and highlights', () => {
  it('stores a highlight with its passage, offsets, quote with ~32 characters of context, colour, note and tags', async () => {
    const passage = notice.passages.find((p) => p.number === '1')!;
    const note = await service.api.addHighlight({
      docId: notice.id,
      passageId: passage.id,
      start: 0,
      end: 16,
      colour: 'green',
      note: '**Legal status**',
      noteFormat: 'markdown',
      tags: ['status', 'btc', 'status'],
    });
    expect(note).toMatchObject({
      kind: 'highlight',
      layer: 'personal',
      docId: notice.id,
      anchor: { passageId: passage.id, endPassageId: passage.id, start: 0, end: 16, number: '1' },
      quote: { exact: 'Virtual currency', suffix: passage.text.slice(16, 48) },
      status: 'anchored',
      colour: 'green',
      note: '**Legal status**',
      noteFormat: 'markdown',
      tags: ['btc', 'status'],
    });
    expect(note.quote!.prefix.endsWith('\n\n')).toBe(true);
    expect(note.identity).toMatchObject({ title: noticeTitle, docNumber: 'Yinfa [2026] No. 42' });
  });

  it('offers at least five named colours', () => {
    expect(highlightColours.length).toBeGreaterThanOrEqual(5);
  });

  it('highlights across two adjacent passages', async () => {
    const first = notice.passages.find((p) => p.number === '1')!;
    const second = notice.passages.find((p) => p.number === '2')!;
    const note = await service.api.addHighlight({
      docId: notice.id,
      passageId: first.id,
      endPassageId: second.id,
      start: first.text.length - 10,
      end: 12,
    });
    expect(note.quote!.exact).toBe(`${first.text.slice(-10)}\n\n${second.text.slice(0, 12)}`);
    expect(await anchoredText(service, note)).toBe(note.quote!.exact);
  });

  it('bookmarks a document and a passage', async () => {
    const doc = await service.api.addBookmark({ docId: notice.id });
    const passage = await service.api.addBookmark({ docId: notice.id, passageId: notice.passages[4]!.id });
    expect([doc.kind, doc.anchor]).toEqual(['bookmark', undefined]);
    expect(passage.anchor?.passageId).toBe(notice.passages[4]!.id);
  });

  it('edits colour, note, tags and layer, and clears the note with null', async () => {
    const note = await highlight(service, notice.id, '2', 'Tokenization', { note: 'first' });
    const edited = await service.api.editNote({ id: note.id, colour: 'pink', tags: ['rwa'], layer: 'trainer' });
    expect(edited).toMatchObject({ colour: 'pink', tags: ['rwa'], layer: 'trainer', note: 'first' });
    const cleared = await service.api.editNote({ id: note.id, note: null });
    expect(cleared.note).toBeUndefined();
    expect(await service.api.listNoteLayers({})).toEqual(['personal', 'trainer']);
  });

  it('deletes softly and restores on undo', async () => {
    const note = await highlight(service, notice.id, '2', 'Tokenization');
    const deleted = await service.api.deleteNote({ id: note.id });
    expect(deleted.deletedAt).toBeDefined();
    expect(await service.api.listNotes({})).toEqual([]);
    expect((await service.api.listNotes({ includeDeleted: true })).map((n) => n.id)).toEqual([note.id]);
    const restored = await service.api.restoreNote({ id: note.id });
    expect(restored.deletedAt).toBeUndefined();
    expect((await service.api.listNotes({})).map((n) => n.id)).toEqual([note.id]);
  });

  it('lists by document, tag, colour and layer', async () => {
    const a = await highlight(service, notice.id, '1', 'Virtual currency', { tags: ['status'] });
    const b = await highlight(service, notice.id, '2', 'Tokenization', { tags: ['rwa'] });
    await service.api.editNote({ id: b.id, colour: 'blue', layer: 'trainer' });
    expect((await service.api.listNotes({ tag: 'status' })).map((n) => n.id)).toEqual([a.id]);
    expect((await service.api.listNotes({ colour: 'blue' })).map((n) => n.id)).toEqual([b.id]);
    expect((await service.api.listNotes({ layer: 'trainer' })).map((n) => n.id)).toEqual([b.id]);
    expect((await service.api.listNotes({ docId: notice.id })).map((n) => n.id)).toEqual([a.id, b.id]);
    expect(await service.api.listNoteTags({})).toEqual(['rwa', 'status']);
  });

  it('searches note text, quotes and tags, every word required', async () => {
    const a = await highlight(service, notice.id, '1', 'Virtual currency', {
      note: 'Explain legal tender',
      tags: ['status'],
    });
    const b = await highlight(service, notice.id, '2', 'Tokenization', { note: 'RWA 定义', tags: ['rwa'] });
    expect((await service.api.searchNotes({ query: 'legal' })).map((n) => n.id)).toEqual([a.id]);
    expect((await service.api.searchNotes({ query: 'tokenization rwa' })).map((n) => n.id)).toEqual([b.id]);
    expect((await service.api.searchNotes({ query: '定义' })).map((n) => n.id)).toEqual([b.id]);
    expect(await service.api.searchNotes({ query: '100%_' })).toEqual([]);
  });

  it('gives note search results as hits on their passages, for in:notes', async () => {
    await highlight(service, notice.id, '2', 'Tokenization of Real-World Assets', { note: 'Define RWA for the class' });
    const [hit] = await service.api.searchNoteHits({ query: 'rwa' });
    const passage = notice.passages.find((p) => p.number === '2')!;
    expect(hit).toEqual({
      docId: notice.id,
      docTitle: noticeTitle,
      passageId: passage.id,
      kind: 'article',
      number: '2',
      snippet: 'Define RWA for the class',
      highlights: [[7, 10]],
      score: 1,
      matched: { fields: ['note'], terms: ['rwa'] },
    });
  });

  it('rejects a range outside its passage with INVALID_INPUT and an unknown passage with NOT_FOUND', async () => {
    const passage = notice.passages[3]!;
    await expect(
      service.api.addHighlight({ docId: notice.id, passageId: passage.id, start: 0, end: passage.text.length + 1 }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      service.api.addHighlight({ docId: notice.id, passageId: 'pnope', start: 0, end: 1 }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('gives the reader small marks for a document: placed notes only, deleted ones left out', async () => {
    const a = await highlight(service, notice.id, '1', 'Virtual currency', { note: 'n' });
    const b = await highlight(service, notice.id, '2', 'Tokenization');
    await service.api.deleteNote({ id: b.id });
    expect(unpackMarks(await service.api.documentMarks({ docId: notice.id }))).toEqual([
      {
        id: a.id,
        kind: 'highlight',
        passageId: a.anchor!.passageId,
        endPassageId: a.anchor!.passageId,
        start: a.anchor!.start,
        end: a.anchor!.end,
        colour: 'yellow',
        status: 'anchored',
        hasNote: true,
      },
    ]);
  });

  it('tells listeners which notes changed', async () => {
    const seen: string[][] = [];
    service.notes.onChange((ids) => seen.push([...ids]));
    const note = await highlight(service, notice.id, '2', 'Tokenization');
    await service.api.deleteNote({ id: note.id });
    expect(seen).toEqual([[note.id], [note.id]]);
  });
});

describe('the review queue', () => {
  it('accepts, re-attaches, and discards only on the user’s word', async () => {
    const a = await highlight(service, notice.id, '1', 'Virtual currency');
    const b = await highlight(service, notice.id, '2', 'Tokenization');
    const c = await highlight(service, notice.id, '3', 'The People');
    const store = service.notes.store;
    store.save([a, b, c].map((n) => ({ ...n, status: 'orphaned' as const, needsReview: true })));
    expect((await service.api.notesReviewQueue({})).map((n) => n.id)).toEqual([a.id, b.id, c.id]);

    const accepted = await service.api.acceptNoteAnchor({ id: a.id });
    const passage = notice.passages.find((p) => p.number === '4')!;
    const reattached = await service.api.reattachNote({
      id: b.id,
      docId: notice.id,
      passageId: passage.id,
      start: 0,
      end: 10,
    });
    await service.api.discardNote({ id: c.id });

    expect([accepted.needsReview, reattached.status, reattached.quote!.exact]).toEqual([
      false,
      'anchored',
      passage.text.slice(0, 10),
    ]);
    expect(await service.api.notesReviewQueue({})).toEqual([]);
    expect((await service.api.listNotes({ includeDeleted: true })).map((n) => n.id)).toEqual([a.id, b.id]);
  });
});
