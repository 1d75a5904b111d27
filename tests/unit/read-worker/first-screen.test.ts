import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import { passagesBefore } from '../../../electron/core/store/first-screen-range';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { openTestService } from '../../support/service';
import { openBothWays } from './library-fixture';

/** 刑法 (505 articles, about 90,000 characters): a document long enough to be sent in two steps. */
const criminalLaw = hasCorpus ? corpusPath('cn-laws', '刑法', '刑法.md') : '';

/** The seed library plus 刑法, served on this thread (the CLI) and with reads on the read worker (the app). */
let root: string;
let here: KbService;
let there: KbService;
let lawId: string;
let noticeId: string;
beforeAll(async () => {
  if (!hasCorpus) return;
  root = mkdtempSync(path.join(os.tmpdir(), 'folio-first-screen-'));
  const built = path.join(root, 'built');
  const builder = await openTestService(built);
  await builder.importNow([criminalLaw], () => undefined);
  await builder.close();
  ({ here, there } = await openBothWays(built, root));
  const docs = await here.api.listDocuments({});
  lawId = docs.find((d) => d.title.includes('刑法'))!.id;
  noticeId = docs.find((d) => d.title.startsWith("China's Central Bank"))!.id;
}, 120_000);
afterAll(async () => {
  await here?.close();
  await there?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!hasCorpus)(`getDocument's first screen (${hasCorpus ? 'corpus present' : noCorpusReason})`, () => {
  it('of a long document is the passages around the asked one, as they stand in the whole document', async () => {
    const whole = await here.api.getDocument({ id: lawId });
    const asked = whole.passages.find((p) => p.number === '264')!;
    const screen = await here.api.getDocument({ id: lawId, firstScreen: { around: asked.id } });
    const start = whole.passages.indexOf(asked) - passagesBefore;
    expect(screen.window).toEqual({ start, total: whole.passages.length });
    expect(screen.passages).toEqual(whole.passages.slice(start, start + screen.passages.length));
    expect(screen.passages[passagesBefore]!.id).toBe(asked.id);
  });

  it('of a long document carries its head (title, number, status, relations) whole', async () => {
    const { passages: _all, ...head } = await here.api.getDocument({ id: lawId });
    const {
      passages: _some,
      window: _window,
      ...screenHead
    } = await here.api.getDocument({
      id: lawId,
      firstScreen: {},
    });
    expect(screenHead).toEqual(head);
  });

  it('starts at the top when no passage, or an unknown one, is named', async () => {
    for (const firstScreen of [{}, { around: 'no-such-passage' }]) {
      const screen = await here.api.getDocument({ id: lawId, firstScreen });
      expect(screen.window?.start).toBe(0);
    }
  });

  it('holds a few screens of text, not the whole document', async () => {
    const whole = await here.api.getDocument({ id: lawId });
    const screen = await here.api.getDocument({ id: lawId, firstScreen: {} });
    expect(screen.passages.length).toBeGreaterThan(10);
    expect(screen.passages.length).toBeLessThan(whole.passages.length / 10);
  });

  it('of a short document is the whole document, with no window', async () => {
    const whole = await here.api.getDocument({ id: noticeId });
    const screen = await here.api.getDocument({ id: noticeId, firstScreen: { around: whole.passages[3]!.id } });
    expect(screen).toEqual(whole);
    expect(screen.window).toBeUndefined();
  });

  it('is the same on the read worker as on the serving thread, before and after the whole read', async () => {
    const whole = await here.api.getDocument({ id: lawId });
    const input = { id: lawId, firstScreen: { around: whole.passages[200]!.id } };
    expect(await there.api.getDocument(input)).toEqual(await here.api.getDocument(input));
    // The read worker keeps the document it read: the whole read and the screen again come from it.
    expect(await there.api.getDocument({ id: lawId })).toEqual(whole);
    expect(await there.api.getDocument(input)).toEqual(await here.api.getDocument(input));
  });
});
