import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { corpusPath, hasCorpus, noCorpusReason } from '../support/corpus';
import { FolioApp, seed } from './pages/FolioApp';
import { bridgeApi, importThroughBridge } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

const files = [
  corpusPath('cn-laws', '经济法', '反洗钱法(2024-11-08).md'),
  corpusPath('cn-laws', '经济法', '反洗钱法(2006-10-31).md'),
  corpusPath('cn-laws', '经济法', '中国人民银行法(2003-12-27).md'),
  corpusPath('cn-laws', '刑法', '刑法.md'),
  // Repealed by the seed notice; its number stands alone under the title.
  path.resolve(__dirname, '..', 'fixtures', 'law', 'yinfa-2021-237.txt'),
];

let server: RunningServer;

test.describe('reading laws', () => {
  test.skip(!hasCorpus, noCorpusReason);
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    server = await startFolioServer({ allow: files.map((file) => path.dirname(file)) });
    await importThroughBridge(bridgeApi(server), [...files]);
  });
  test.afterAll(async () => {
    await stopFolioServer(server?.child.pid, server?.dataDir);
  });

  test('the 2006 反洗钱法 is marked superseded, with a banner linking to 2024 and back', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国反洗钱法.*Superseded/).click();
    const banner = app.reader.root.getByRole('note');
    await expect(banner).toContainText('A later version of this law is in the library.');
    await banner.getByRole('button', { name: '中华人民共和国反洗钱法 (2024-11-08)' }).click();
    await expect(app.reader.root.getByRole('note')).toHaveCount(0);
    await app.reader.root
      .getByRole('list', { name: 'Related documents' })
      .getByRole('button', { name: '中华人民共和国反洗钱法 (2006-10-31)' })
      .click();
    await expect(app.reader.root.getByRole('note')).toBeVisible();
  });

  test('a notice repealed by the seed notice names it in its banner, and the seed notice links back', async ({
    page,
  }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/关于进一步防范和处置虚拟货币交易炒作风险的通知.*Repealed/).click();
    const banner = app.reader.root.getByRole('note');
    await expect(banner).toContainText('This document has been repealed.');
    await banner.getByRole('button', { name: 'Yinfa [2026] No. 42' }).click();
    await expect(app.reader.title).toHaveText(seed.notice);
    await app.reader.root
      .getByRole('list', { name: 'Related documents' })
      .getByRole('button', { name: 'Yinfa [2021] No. 237' })
      .click();
    await expect(app.reader.root.locator('.doc-number')).toHaveText('银发〔2021〕237号');
  });

  test('hits from the superseded version are marked', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.search.search('客户身份资料 status:repealed');
    await expect(app.search.options.first().locator('.badge.superseded')).toHaveText('Superseded');
  });

  test('第三十二条 in article 46 of 中国人民银行法 lands on article 32, which lists 46 as citing it', async ({
    page,
  }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国中国人民银行法/).click();
    const toc = app.reader.root.getByRole('navigation', { name: 'Contents' });
    await toc.getByRole('button', { name: '第四十六条', exact: true }).click();
    const a46 = app.reader.root.getByRole('article', { name: '第四十六条' });
    await expect(a46).toBeInViewport();
    await a46.getByRole('link', { name: '本法第三十二条' }).click();
    const a32 = app.reader.root.getByRole('article', { name: '第三十二条' });
    await expect(a32).toHaveClass(/targeted/);
    await expect(a32).toBeInViewport();
    await expect(a32.locator('.cited-by')).toContainText('Cited by 1 passage: 第四十六条');
    await expect(toc.getByRole('button', { name: '第三十二条', exact: true })).toHaveAttribute(
      'aria-current',
      'location',
    );
  });

  test('find accepts 第12条 for 第十二条', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国中国人民银行法/).click();
    await app.pressShortcut('f');
    await app.reader.findInput.fill('第12条');
    await expect(app.reader.findCount).toHaveText(/^1 of \d+$/);
    await expect(app.reader.findMarks.first()).toHaveText('第十二条');
  });

  test('the comparison of 反洗钱法 2006 → 2024 heads with counts and shows a renumbered article', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国反洗钱法.*Superseded/).click();
    await app.reader.root.getByRole('button', { name: 'Compare with the previous version' }).click();
    const summary = app.reader.root.locator('.compare-summary');
    await expect(summary).toContainText('1 renumbered');
    const renumbered = app.reader.root.locator('.compared.status-renumbered');
    await expect(renumbered).toHaveCount(1);
    await expect(renumbered).toContainText('第二十七条');
    await expect(renumbered).toContainText('now 第四十六条');
  });

  test('刑法 opens virtualised, and find steps to a match far down', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/^中华人民共和国刑法 ?\d+ passages/).click();
    await expect(app.reader.root.locator('.rows.virtual')).toBeVisible();
    const rendered = await app.reader.passages.count();
    expect(rendered).toBeLessThan(100);
    await app.pressShortcut('f');
    await app.reader.findInput.fill('第四百五十二条');
    await expect(app.reader.findCount).toHaveText(/^1 of \d+$/);
    await expect(page.locator('#find-match-0')).toBeInViewport();
  });

  test('Copy citation gives the title, the clause as written, the version date and the link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国中国人民银行法/).click();
    await app.reader.root
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('button', { name: '第三十二条', exact: true })
      .click();
    const a32 = app.reader.root.getByRole('article', { name: '第三十二条' });
    await a32.getByRole('button', { name: 'Copy citation' }).click();
    await expect(a32.locator('.copy-status:not(.pack-status)')).toHaveText('Copied');
    const docId = await app.reader.document.getAttribute('data-doc-id');
    const passageId = await a32.getAttribute('id');
    const origin = new URL(server.url).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《中华人民共和国中国人民银行法》第三十二条，2003-12-27版。${origin}/#/doc/${docId}/p/${passageId}`,
    );
  });

  test('a document reopens where the reader left it', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国中国人民银行法/).click();
    await app.reader.root
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('button', { name: '第四十条', exact: true })
      .click();
    const a40 = app.reader.root.getByRole('article', { name: '第四十条' });
    await expect(a40).toBeInViewport();
    await page.waitForTimeout(600); // the place is saved once scrolling has paused (300 ms)
    await app.library.document(/中华人民共和国刑法 ?\d+ passages/).click();
    await expect(app.reader.title).toHaveText('中华人民共和国刑法');
    await app.library.document(/中华人民共和国中国人民银行法/).click();
    await expect(app.reader.root.getByRole('article', { name: '第四十条' })).toBeInViewport();
  });

  test('the document and comparison views have no serious or critical accessibility violation', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await app.library.document(/中华人民共和国反洗钱法.*Superseded/).click();
    await expect(app.reader.root.getByRole('note')).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).include('.reader-pane').analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.length}`);
    expect(await serious()).toEqual([]);
    await app.reader.root.getByRole('button', { name: 'Compare with the previous version' }).click();
    await expect(app.reader.root.locator('.compare-summary')).toBeVisible();
    expect(await serious()).toEqual([]);
  });
});
