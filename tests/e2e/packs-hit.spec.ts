import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Pack } from '../../shared/notes-model';
import { FolioApp } from './pages/FolioApp';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';

// Packs live in the library folder's user store, so this spec gets a server of its own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

async function packs(): Promise<Pack[]> {
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/listPacks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: '{}',
  });
  return ((await reply.json()) as { value: Pack[] }).value;
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
