import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { userStorePath } from '../../../electron/core/notes/user-store';
import type { KbService } from '../../../electron/core/service';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle, reimportEdited, serviceWithSeedCopy } from './helpers';
import { annotationMusts, w3cTestsDir } from './w3c-schema';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A library with notes in two layers, a bookmark, a deleted note and a pack. */
async function annotated(data: string) {
  service = await openTestService(data);
  const notice = await docByTitle(service, noticeTitle);
  const a = await highlight(service, notice.id, '1', 'Virtual currency does not possess', {
    note: 'Legal **status**',
    tags: ['status', 'btc'],
  });
  await service.api.editNote({ id: a.id, noteFormat: 'markdown', colour: 'purple' });
  const b = await highlight(service, notice.id, '2', 'Tokenization of Real-World Assets', { tags: ['rwa'] });
  await service.api.editNote({ id: b.id, layer: 'trainer' });
  await service.api.addBookmark({ docId: notice.id, passageId: notice.passages[6]!.id, note: 'come back' });
  const gone = await highlight(service, notice.id, '3', 'The People');
  await service.api.deleteNote({ id: gone.id });
  await service.api.createPack({ name: 'RWA session', layer: 'trainer' });
  await service.api.addPackItem({ pack: 'RWA session', item: { kind: 'note', noteId: b.id, text: 'Start here' } });
  await service.api.addPackItem({ pack: 'RWA session', item: { kind: 'text', text: 'Discuss: who issues tokens?' } });
  return service;
}

async function snapshot(s: KbService) {
  return {
    notes: await s.api.listNotes({ includeDeleted: true }),
    layers: await s.api.listNoteLayers({}),
    tags: await s.api.listNoteTags({}),
    packs: await s.api.listPacks({}),
  };
}

async function reopenWithoutUserStore(data: string): Promise<KbService> {
  await service!.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${userStorePath(data)}${suffix}`, { force: true });
  service = await openTestService(data);
  return service;
}

describe('Folio JSON export and import', () => {
  it('restores the same notes, tags, layers and packs after the user store is deleted; a second import changes nothing', async () => {
    const data = tempDir();
    const s = await annotated(data);
    const before = await snapshot(s);
    const { text } = await s.api.exportNotes({ format: 'folio' });

    const fresh = await reopenWithoutUserStore(data);
    expect(await fresh.api.listNotes({})).toEqual([]);
    const first = await fresh.api.importNotes({ text });
    expect(first).toEqual({ added: 4, updated: 0, unchanged: 0, packs: 1, needsReview: 0 });
    expect(await snapshot(fresh)).toEqual(before);

    const second = await fresh.api.importNotes({ text });
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 4, packs: 0, needsReview: 0 });
    expect(await snapshot(fresh)).toEqual(before);
  });

  it('updates a note whose imported copy was edited later', async () => {
    const data = tempDir();
    const s = await annotated(data);
    const exported = JSON.parse((await s.api.exportNotes({ format: 'folio' })).text) as {
      notes: { id: string; note?: string; updatedAt: string }[];
    };
    exported.notes[0]!.note = 'edited elsewhere';
    exported.notes[0]!.updatedAt = '2099-01-01T00:00:00.000Z';
    const report = await s.api.importNotes({ text: JSON.stringify(exported) });
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 3 });
    expect((await s.api.listNotes({}))[0]!.note).toBe('edited elsewhere');
  });

  it('exports one session pack with the highlights it holds', async () => {
    const s = await annotated(tempDir());
    const exported = JSON.parse((await s.api.exportNotes({ format: 'folio', pack: 'RWA session' })).text) as {
      notes: { quote?: { exact: string } }[];
      packs: { name: string }[];
      layers: string[];
    };
    expect(exported.notes.map((n) => n.quote?.exact)).toEqual(['Tokenization of Real-World Assets']);
    expect(exported.packs.map((p) => p.name)).toEqual(['RWA session']);
    expect(exported.layers).toEqual(['trainer']);
  });

  it("anchors a colleague's W3C export on the same document imported from another folder (another document ID)", async () => {
    const mine = await serviceWithSeedCopy(tempDir(), tempDir());
    service = mine.service;
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '2', 'Tokenization of Real-World Assets', {
      note: 'def',
      tags: ['rwa'],
    });
    const { text } = await service.api.exportNotes({ format: 'w3c' });
    await service.close();

    const colleague = await serviceWithSeedCopy(tempDir(), tempDir());
    service = colleague.service;
    const theirs = await docByTitle(service, noticeTitle);
    expect(theirs.id).not.toBe(notice.id);
    expect(await service.api.importNotes({ text })).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      packs: 0,
      needsReview: 0,
    });
    const [placed] = await service.api.listNotes({});
    expect(placed).toMatchObject({ id: note.id, docId: theirs.id, status: 'anchored', note: 'def', tags: ['rwa'] });
    expect(placed!.anchor!.passageId).toBe(theirs.passages.find((p) => p.number === '2')!.id);
    expect(placed!.quote!.exact).toBe('Tokenization of Real-World Assets');
  });

  it("sends an imported note that does not fit the colleague's edition to the review queue", async () => {
    const mine = await serviceWithSeedCopy(tempDir(), tempDir());
    service = mine.service;
    const notice = await docByTitle(service, noticeTitle);
    const sentence = 'Virtual currency does not possess the legal status equivalent to fiat currency.';
    await highlight(service, notice.id, '1', sentence);
    const { text } = await service.api.exportNotes({ format: 'folio' });
    await service.close();

    const folder = tempDir();
    const colleague = await serviceWithSeedCopy(tempDir(), folder);
    service = colleague.service;
    await reimportEdited(service, colleague.copy, readFileSync(colleague.copy, 'utf8').replaceAll(` ${sentence}`, ' '));
    const report = await service.api.importNotes({ text });
    expect(report).toMatchObject({ added: 1, needsReview: 1 });
    expect((await service.api.notesReviewQueue({})).map((n) => [n.status, n.quote!.exact])).toEqual([
      ['orphaned', sentence],
    ]);
  });

  it('rejects a file that is neither export with one clear INVALID_INPUT', async () => {
    service = await openTestService(tempDir());
    await expect(service.api.importNotes({ text: '{"hello": 1}' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(service.api.importNotes({ text: 'not json' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe.skipIf(!existsSync(w3cTestsDir))(
  `W3C Web Annotation export (${existsSync(w3cTestsDir) ? 'WG schemas' : `skipped: no ${w3cTestsDir}`})`,
  () => {
    it('passes every MUST assertion of the W3C WG annotation schemas, for every exported annotation', async () => {
      const s = await annotated(tempDir());
      const collection = JSON.parse((await s.api.exportNotes({ format: 'w3c' })).text) as {
        total: number;
        first: { items: unknown[] };
      };
      expect(collection.total).toBe(3);
      const failures: string[] = [];
      for (const [name, validate] of annotationMusts()) {
        for (const item of collection.first.items) {
          if (!validate(item)) failures.push(`${name}: ${JSON.stringify(validate.errors?.[0])}`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('is checked by schemas that do reject a broken annotation (no @context, a created date that is not a date)', async () => {
      const s = await annotated(tempDir());
      const collection = JSON.parse((await s.api.exportNotes({ format: 'w3c' })).text) as {
        first: { items: Record<string, unknown>[] };
      };
      const broken: Record<string, unknown> = { ...collection.first.items[0]!, created: 'yesterday' };
      delete broken['@context'];
      const failed = annotationMusts()
        .filter(([, validate]) => !validate(broken))
        .map(([name]) => name);
      expect(failed).toEqual([
        'annotations/3.1-annotationContextValidated.json',
        'annotations/3.3.1-annotationCreatedValidated.json',
      ]);
    });

    it('selects the passage with a FragmentSelector refined by TextQuote and TextPosition selectors', async () => {
      const s = await annotated(tempDir());
      const exported = JSON.parse((await s.api.exportNotes({ format: 'w3c' })).text) as {
        first: { items: { target: { selector: unknown }; 'folio:note': { identity: unknown } }[] };
      };
      const first = exported.first.items[0]!;
      const note = (await s.api.listNotes({}))[0]!;
      expect(first.target.selector).toEqual({
        type: 'FragmentSelector',
        value: `passage=${note.anchor!.passageId}`,
        refinedBy: [
          { type: 'TextQuoteSelector', ...note.quote },
          { type: 'TextPositionSelector', start: note.anchor!.start, end: note.anchor!.end },
        ],
      });
      expect(first['folio:note'].identity).toEqual(note.identity);
    });

    it('imports its own W3C export into an empty store with the same notes (deleted ones are not exported)', async () => {
      const data = tempDir();
      const s = await annotated(data);
      const live = await s.api.listNotes({});
      const { text } = await s.api.exportNotes({ format: 'w3c' });
      const fresh = await reopenWithoutUserStore(data);
      expect(await fresh.api.importNotes({ text })).toMatchObject({ added: 3, needsReview: 0 });
      expect(await fresh.api.listNotes({})).toEqual(live);
    });
  },
);
