import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpusPath, hasCorpus, noCorpusReason } from '../support/corpus';
import { FolioApp } from './pages/FolioApp';
import { bridgeApi, importThroughBridge } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// 刑法: over 500 articles, so the reader virtualises it (only the rows on screen are in the page).
const law = corpusPath('cn-laws', '刑法', '刑法.md');
const lawTitle = /^中华人民共和国刑法 ?\d+ passages/;

/** The articles of the source, counted from its text: each starts a line with 第…条 (or 第…条之一). */
function articlesInSource(): number {
  const line = /^第[〇零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?[\s\u3000]/;
  return readFileSync(law, 'utf8')
    .split(/\r?\n/)
    .filter((l) => line.test(l)).length;
}

let server: RunningServer;

const printedArticles = (page: Page) =>
  page
    .locator('.document .passage.kind-article')
    .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);

test.describe('printing a long law', () => {
  test.skip(!hasCorpus, noCorpusReason);
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    server = await startFolioServer({ allow: [corpusPath('cn-laws', '刑法')] });
    await importThroughBridge(bridgeApi(server), [law]);
  });
  test.afterAll(async () => {
    await stopFolioServer(server?.child.pid, server?.dataDir);
  });

  test('a virtualised law prints every one of its articles, and only the window again after printing', async ({
    page,
  }) => {
    const expected = articlesInSource();
    expect(expected).toBe(505);
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(lawTitle).click();
    await expect(app.reader.root.locator('.rows.virtual')).toBeVisible();
    const onScreen = await printedArticles(page);
    expect(onScreen).toBeLessThan(100);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => printedArticles(page)).toBe(expected);
    await expect(page.getByRole('article', { name: '第四百五十二条' })).toBeAttached();

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => printedArticles(page)).toBeLessThan(100);
  });

  test('the print events (the print dialog, Save as PDF) put every article in the page before printing', async ({
    page,
  }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(lawTitle).click();
    await expect(app.reader.root.locator('.rows.virtual')).toBeVisible();
    // beforeprint renders synchronously: the articles are there when the event returns.
    const duringPrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('.document .passage.kind-article').length;
    });
    expect(duringPrint).toBe(articlesInSource());
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => printedArticles(page)).toBeLessThan(100);
  });
});
