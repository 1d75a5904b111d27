import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import type { KbApi } from '../../../shared/api';
import type { MethodName } from '../../../shared/methods';
import { unpackMarks } from '../../../shared/packed-marks';
import { createClient, dispatch } from '../../../shared/rpc';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, noticeTitle, reimportEdited, serviceWithSeedCopy } from './helpers';

/**
 * The notes methods through the dispatcher and a client that validates every reply
 * against the contract (as the renderer's does): reads from the store skip zod, so this
 * is where a row that does not fit the schema would show.
 */
const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function client(s: KbService): KbApi {
  return createClient((method: MethodName, input: unknown) => dispatch(s.api, method, input));
}

describe('notes methods through the contract', () => {
  it('every kind of note (highlight, bookmarks, moved, changed, orphaned, deleted) fits the reply schemas', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const api = client(service);
    const notice = await docByTitle(service, noticeTitle);
    const [p1, p2, p4] = ['1', '2', '4'].map((n) => notice.passages.find((p) => p.number === n)!);
    await api.addHighlight({
      docId: notice.id,
      passageId: p1!.id,
      start: 0,
      end: 16,
      note: 'n',
      tags: ['t'],
      colour: 'orange',
    });
    await api.addHighlight({ docId: notice.id, passageId: p2!.id, start: 0, end: 40 });
    const gone = await api.addHighlight({ docId: notice.id, passageId: p4!.id, start: 40, end: 120 });
    await api.addBookmark({ docId: notice.id });
    await api.addBookmark({ docId: notice.id, passageId: p4!.id, note: 'b' });
    const deleted = await api.addHighlight({ docId: notice.id, passageId: p1!.id, start: 20, end: 30 });
    await api.deleteNote({ id: deleted.id });
    const original = readFileSync(opened.copy, 'utf8');
    await reimportEdited(
      service,
      opened.copy,
      original.replaceAll(p2!.text.slice(0, 12), `${p2!.text.slice(0, 12)}s`).replaceAll(p4!.text.slice(40, 120), ''),
    );

    const all = await api.listNotes({ includeDeleted: true });
    expect(all.map((n) => n.status).sort()).toEqual([
      'anchored',
      'anchored',
      'anchored',
      'anchored',
      'changed',
      'orphaned',
    ]);
    expect((await api.notesReviewQueue({})).map((n) => n.status).sort()).toEqual(['changed', 'orphaned']);
    expect((await api.searchNotes({ query: 'n' })).length).toBeGreaterThan(0);
    expect(
      unpackMarks(await api.documentMarks({ docId: notice.id }))
        .map((m) => m.status)
        .sort(),
    ).toEqual(['anchored', 'anchored', 'changed']);
    expect(await api.listNoteTags({})).toEqual(['t']);
    expect((await api.acceptNoteAnchor({ id: gone.id })).needsReview).toBe(false);
  });

  it('packs, exports, backups and health fit their reply schemas', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const api = client(service);
    const notice = await docByTitle(service, noticeTitle);
    const pack = await api.createPack({ name: 'P' });
    const withItem = await api.addPackItem({
      pack: pack.id,
      item: { kind: 'passage', docId: notice.id, passageId: notice.passages[3]!.id },
    });
    const edited = await api.editPackItem({
      pack: 'P',
      itemId: withItem.items[0]!.id,
      quiz: { question: 'Q?', answer: 'A.' },
    });
    expect(edited.items[0]!.quiz).toEqual({ question: 'Q?', answer: 'A.' });
    expect((await api.renamePack({ pack: 'P', name: 'P2' })).name).toBe('P2');
    expect((await api.exportPack({ pack: 'P2', format: 'md' })).text).toContain('**Q:** Q?');
    for (const format of ['w3c', 'folio', 'md', 'html'] as const) {
      expect((await api.exportNotes({ format })).text.length).toBeGreaterThan(0);
    }
    const backup = await api.backupNotes({});
    expect((await api.listNoteBackups({})).map((b) => b.file)).toEqual([backup.file]);
    expect(await api.notesHealth({})).toEqual({ state: 'ok', readOnly: false });
  });

  it('rejects a colour outside the named ones with INVALID_INPUT', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    await expect(
      client(service).addHighlight({
        docId: notice.id,
        passageId: notice.passages[3]!.id,
        start: 0,
        end: 4,
        colour: 'mauve' as 'yellow',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
