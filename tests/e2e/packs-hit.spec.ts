import AxeBuilder from '@axe-core/playwright';
import type { Pack } from '../../shared/notes-model';
import { FolioApp } from './pages/FolioApp';
import { bridgeApi } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { setSettings } from './support/settings-api';
import { expect, test } from './support/test';

// Packs live in the library folder's user store, so this spec gets a server of its own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

function packs(): Promise<Pack[]> {
  return bridgeApi(server).listPacks({});
}

test('the active hit goes into the pack from the button above the list, and with P in the list', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  await app.search.search('rate limits');
  await app.search.input.press('ArrowDown');
  await app.search.input.press('ArrowDown');
  const first = await app.search.activeHit.getAttribute('data-passage-id');
  const pane = page.getByRole('region', { name: 'Search' });
  await pane.getByRole('button', { name: 'Add hit to pack' }).click();
  await expect(pane.getByText('Added to “My session pack”')).toBeVisible();

  await app.search.hits.focus();
  await page.keyboard.press('ArrowDown');
  const second = await app.search.activeHit.getAttribute('data-passage-id');
  await page.keyboard.press('p');
  await expect.poll(async () => (await packs())[0]?.items.map((i) => i.passageId)).toEqual([first, second]);

  await page.getByRole('button', { name: 'Packs', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Session packs' }).locator('.pack-item')).toHaveCount(2);
});

test('the search pane with its pack button has no serious axe violation (no control inside an option)', async ({
  page,
}) => {
  const app = await new FolioApp(page).open(server.url);
  await app.search.search('rate limits');
  await app.search.input.press('ArrowDown');
  const results = await new AxeBuilder({ page }).include('.search-pane').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  expect(serious).toEqual([]);
});

test('the shortcut sheet lists the notes and pack keys, in English and in Chinese', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  await page.locator('body').press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const words of [
    'Highlight the selection in a colour (yellow, green, blue, pink, purple, orange)',
    'Bookmark the selected passage, or the one at the top',
    'Add the selected passage (or the one at the top) to the pack',
    'Open the notes panel',
    'Add the active hit to the pack',
  ])
    await expect(sheet.getByText(words, { exact: true })).toBeVisible();
  await expect(sheet.locator('kbd', { hasText: /^6$/ })).toBeVisible();

  await setSettings(server, { uiLanguage: 'zh' });
  await page.reload();
  await page.locator('body').press('?');
  const zh = page.getByRole('dialog', { name: '键盘快捷键' });
  for (const words of ['用颜色标注所选文字（黄、绿、蓝、粉、紫、橙）', '打开笔记面板', '把当前结果加入资料包'])
    await expect(zh.getByText(words, { exact: true })).toBeVisible();
});
