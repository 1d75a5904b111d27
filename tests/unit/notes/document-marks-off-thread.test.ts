import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import { unpackMarks } from '../../../shared/packed-marks';
import { buildAnnotatedLibrary, openBothWays, outcome } from '../read-worker/library-fixture';
import { docByTitle, highlight, noticeTitle } from './helpers';

/** One annotated library in two copies: marks read on this thread (the CLI), and on a read worker (the app, the bridge). */
let root: string;
let here: KbService;
let there: KbService;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'folio-marks-off-thread-'));
  const built = path.join(root, 'built');
  await buildAnnotatedLibrary(built);
  ({ here, there } = await openBothWays(built, root));
}, 120_000);
afterAll(async () => {
  await here?.close();
  await there?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('documentMarks read off the serving thread', () => {
  it('answers what the serving thread answers, for every document, and NOT_FOUND for a missing one', async () => {
    const notice = await docByTitle(here, noticeTitle);
    expect((await there.api.documentMarks({ docId: notice.id })).ids).toHaveLength(3);
    const ids = (await here.api.listDocuments({})).map((d) => d.id);
    for (const docId of [...ids, 'no-such-document']) {
      expect(await outcome(there.api.documentMarks({ docId }))).toEqual(
        await outcome(here.api.documentMarks({ docId })),
      );
    }
  });

  it('sees a highlight as soon as its save returns, and no longer sees it once deleted', async () => {
    const notice = await docByTitle(there, noticeTitle);
    const added = await highlight(there, notice.id, '1', 'Virtual currency');
    expect(unpackMarks(await there.api.documentMarks({ docId: notice.id })).map((m) => m.id)).toContain(added.id);
    await there.api.deleteNote({ id: added.id });
    expect(unpackMarks(await there.api.documentMarks({ docId: notice.id })).map((m) => m.id)).not.toContain(added.id);
  });
});
