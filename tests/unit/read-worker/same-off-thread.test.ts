import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import { hasCorpus, noCorpusReason } from '../../support/corpus';
import { buildAnnotatedLibrary, openBothWays, outcome } from './library-fixture';

/** Two identical copies of one library: one served on this thread (the CLI), one with reads on the read worker (the app). */
let root: string;
let here: KbService;
let there: KbService;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'folio-read-worker-'));
  const built = path.join(root, 'built');
  await buildAnnotatedLibrary(built);
  ({ here, there } = await openBothWays(built, root));
}, 120_000);
afterAll(async () => {
  await here?.close();
  await there?.close();
  rmSync(root, { recursive: true, force: true });
});

async function documentIds(): Promise<string[]> {
  return (await here.api.listDocuments({})).map((d) => d.id);
}

describe('reads on the read worker give what the same reads give on the serving thread', () => {
  it('listDocuments', async () => {
    expect(await there.api.listDocuments({})).toEqual(await here.api.listDocuments({}));
  });
  it('getDocument, for every document, and NOT_FOUND for a missing one', async () => {
    for (const id of [...(await documentIds()), 'no-such-document']) {
      expect(await outcome(there.api.getDocument({ id }))).toEqual(await outcome(here.api.getDocument({ id })));
    }
  });
  it('getDocument of an earlier version by its ref', async () => {
    for (const id of await documentIds()) {
      for (const version of (await here.api.getDocument({ id })).versions ?? []) {
        const input = { id, version: version.ref };
        expect(await outcome(there.api.getDocument(input))).toEqual(await outcome(here.api.getDocument(input)));
      }
    }
  });
  it('citedElsewhere, for every document', async () => {
    for (const id of await documentIds()) {
      expect(await there.api.citedElsewhere({ id })).toEqual(await here.api.citedElsewhere({ id }));
    }
  });
  it('compareVersions, for every document (a refusal alike where there is one version)', async () => {
    for (const id of await documentIds()) {
      expect(await outcome(there.api.compareVersions({ id }))).toEqual(await outcome(here.api.compareVersions({ id })));
    }
  });
  it.skipIf(!hasCorpus)('compareVersions of 反洗钱法 2024 against 2006 (the cn-laws sample)', async () => {
    const law = (await here.api.listDocuments({})).find((d) => d.sourceName.includes('反洗钱法(2024'));
    expect(law, noCorpusReason).toBeDefined();
    const compared = await there.api.compareVersions({ id: law!.id });
    expect(compared.counts.renumbered).toBeGreaterThan(0);
    expect(compared).toEqual(await here.api.compareVersions({ id: law!.id }));
  });
  it('suggest, with the note tags added on the serving thread', async () => {
    for (const prefix of ['rate', 'virt', 'Tokeniz', '反洗', '洗钱', 'in:notes st', 'zzzz']) {
      expect(await there.api.suggest({ prefix, limit: 8 })).toEqual(await here.api.suggest({ prefix, limit: 8 }));
    }
  });
  it('"did you mean" for a search that found nothing', async () => {
    const input = { query: 'stablecoinn' };
    const answered = await there.api.search(input);
    expect(answered.didYouMean.length).toBeGreaterThan(0);
    expect(answered).toEqual(await here.api.search(input));
  });
  it('an in:notes search', async () => {
    const input = { query: 'in:notes status' };
    const answered = await there.api.search(input);
    expect(answered.hits.length).toBe(1);
    expect(answered).toEqual(await here.api.search(input));
  });
  it('exportNotes in every format (the folio format apart from its export time)', async () => {
    for (const format of ['md', 'html', 'w3c'] as const) {
      expect(await there.api.exportNotes({ format })).toEqual(await here.api.exportNotes({ format }));
      expect(await there.api.exportNotes({ format, layer: 'trainer' })).toEqual(
        await here.api.exportNotes({ format, layer: 'trainer' }),
      );
    }
    const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(withoutTime((await there.api.exportNotes({ format: 'folio', pack: 'RWA session' })).text)).toEqual(
      withoutTime((await here.api.exportNotes({ format: 'folio', pack: 'RWA session' })).text),
    );
  });
  it('exportPack as Markdown and HTML, and NOT_FOUND for a missing pack', async () => {
    for (const format of ['md', 'html'] as const) {
      expect(await there.api.exportPack({ pack: 'RWA session', format })).toEqual(
        await here.api.exportPack({ pack: 'RWA session', format }),
      );
      expect(await outcome(there.api.exportPack({ pack: 'no such pack', format }))).toEqual({ error: 'NOT_FOUND' });
    }
  });
});
