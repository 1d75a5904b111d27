import { FolioApp, seed } from './pages/FolioApp';
import { Palette } from './pages/Palette';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// The palette changes settings, which live in the library folder: a server of its own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

test('Ctrl/Cmd+P opens a document by typing part of its title', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  const palette = new Palette(page);
  await palette.open();
  await palette.input.fill('Eight Other');
  await expect(palette.options.nth(1)).toContainText(seed.notice);
  await palette.input.press('ArrowDown');
  await palette.input.press('Enter');
  await expect(app.reader.title).toHaveText(seed.notice);
});

test('Ctrl/Cmd+Shift+P toggles the theme from the palette', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const before = await page.locator('html').getAttribute('data-theme');
  const palette = new Palette(page);
  await palette.open('ControlOrMeta+Shift+P');
  await palette.input.fill('theme');
  await palette.input.press('ArrowDown');
  await palette.input.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
});

test('the palette changes the text size', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const palette = new Palette(page);
  await palette.open();
  await palette.input.fill('larger text');
  await palette.input.press('ArrowDown');
  await palette.input.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('style', /--font-scale: 1.1/);
});

test('the palette runs a search for what was typed', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  const palette = new Palette(page);
  await palette.open();
  await palette.run('rate limits', 'Search for “rate limits”');
  await expect(app.search.input).toHaveValue('rate limits');
  await expect(app.search.options.first()).toBeVisible();
});

test('? opens the shortcut sheet, but is typed as ? in the search box', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  await app.search.input.fill('what');
  await app.search.input.press('?');
  await expect(app.search.input).toHaveValue('what?');
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Open the command palette');
});

test('a dialog opened from the palette stays open (the palette closing does not close it)', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const palette = new Palette(page);
  await palette.open();
  await palette.input.fill('Open settings');
  await expect(palette.options.nth(1)).toContainText('Open settings');
  await palette.input.press('ArrowDown');
  await palette.input.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});
