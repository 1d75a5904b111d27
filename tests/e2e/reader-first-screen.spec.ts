import path from 'node:path';
import { corpusPath, hasCorpus, noCorpusReason } from '../support/corpus';
import { FolioApp } from './pages/FolioApp';
import { bridgeApi, importThroughBridge } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

const criminalLaw = corpusPath('cn-laws', '刑法', '刑法.md');

let server: RunningServer;

test.describe('a long document opened at a passage', () => {
  test.skip(!hasCorpus, noCorpusReason);

  test.beforeAll(async () => {
    server = await startFolioServer({ allow: [path.dirname(criminalLaw)] });
    await importThroughBridge(bridgeApi(server), [criminalLaw]);
  });
  test.afterAll(async () => {
    await stopFolioServer(server?.child.pid, server?.dataDir);
  });

  test('paints the first screen around the passage, then the whole law, still at the passage', async ({ page }) => {
    const api = bridgeApi(server);
    const law = (await api.listDocuments({})).find((d) => d.title === '中华人民共和国刑法')!;
    const article = (await api.getDocument({ id: law.id })).passages.find((p) => p.number === '264')!;
    const app = await new FolioApp(page).open(server.url);
    const firstReply = page.waitForResponse((r) => r.url().endsWith('/api/getDocument'));
    await page.goto(`${page.url().split('#')[0]}#/doc/${law.id}/p/${article.id}`);
    // The first reply is the window around article 264, not the 500-odd articles.
    const first = (await (await firstReply).json()) as { value: { window?: { total: number }; passages: unknown[] } };
    expect(first.value.window?.total).toBe(law.passages);
    expect(first.value.passages.length).toBeLessThan(50);
    const target = page.locator(`[id="${article.id}"]`);
    await expect(target).toHaveClass(/targeted/);
    await expect(target).toBeInViewport();
    // Then the whole law: contents, virtualised rows, the reader no longer busy, the article still on screen.
    await expect(app.reader.root.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await expect(app.reader.root.locator('.rows.virtual')).toBeVisible();
    await expect(app.reader.root).toHaveAttribute('aria-busy', 'false');
    await expect(target).toBeInViewport();
  });
  test("draws the first screen's highlights with its text, then those of the whole law", async ({ page }) => {
    const api = bridgeApi(server);
    const law = (await api.listDocuments({})).find((d) => d.title === '中华人民共和国刑法')!;
    const passages = (await api.getDocument({ id: law.id })).passages;
    const first = passages.find((p) => p.number === '1')!;
    const article = passages.find((p) => p.number === '264')!;
    const far = await api.addHighlight({ docId: law.id, passageId: first.id, start: 0, end: 4 });
    const near = await api.addHighlight({ docId: law.id, passageId: article.id, start: 0, end: 4 });
    try {
      const app = await new FolioApp(page).open(server.url);
      const firstMarks = page.waitForResponse((r) => r.url().endsWith('/api/documentMarks'));
      await page.goto(`${page.url().split('#')[0]}#/doc/${law.id}/p/${article.id}`);
      // The first marks asked for are the first screen's: article 264's, not article 1's.
      const marks = (await (await firstMarks).json()) as { value: { ids: string[] } };
      expect(marks.value.ids).toEqual([near.id]);
      await expect(page.locator(`[id="${article.id}"] mark.hl`)).toHaveCount(1);
      await expect(app.reader.root).toHaveAttribute('aria-busy', 'false');
      // With the whole law in, every mark is drawn: article 1's too.
      await page.goto(`${page.url().split('#')[0]}#/doc/${law.id}/p/${first.id}`);
      await expect(page.locator(`[id="${first.id}"] mark.hl`)).toHaveCount(1);
    } finally {
      await api.deleteNote({ id: far.id });
      await api.deleteNote({ id: near.id });
    }
  });
});
