import { FolioApp } from './pages/FolioApp';
import { SettingsDialog } from './pages/SettingsDialog';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { setSettings } from './support/settings-api';
import { expect, test } from './support/test';

// Settings are stored in the library folder, so these specs get a server of their own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

/** Records <html data-theme> and the font scale at the moment React first puts anything in #root. */
const recordFirstPaint = () => {
  const seen: { theme?: string; scale?: string; lang?: string } = {};
  (window as unknown as { firstPaint: typeof seen }).firstPaint = seen;
  new MutationObserver((_changes, observer) => {
    const root = document.getElementById('root');
    if (!root || root.childElementCount === 0) return;
    seen.theme = document.documentElement.dataset.theme;
    seen.scale = document.documentElement.style.getPropertyValue('--font-scale');
    seen.lang = document.documentElement.lang;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

test('dark theme and a larger text size survive a reload, applied before the first paint', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const settings = new SettingsDialog(page);
  await settings.open();
  await settings.choose('Dark');
  await settings.textSize.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await settings.close();

  await page.addInitScript(recordFirstPaint);
  await page.reload();
  await expect(page.locator('.doc-list li').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstPaint: unknown }).firstPaint)).toEqual({
    theme: 'dark',
    scale: '1.2',
    lang: 'en',
  });
});

test('the settings live in the library folder: a fresh browser profile gets them too', async ({ browser }) => {
  await setSettings(server, { theme: 'dark', fontScale: 1.4 });
  const page = await (await browser.newContext()).newPage();
  await new FolioApp(page).open(server.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('style', /--font-scale: 1.4/);
});

test('a change made in another window arrives as an event', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  await setSettings(server, { theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('"Follow the system" follows the OS colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await new FolioApp(page).open(server.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
