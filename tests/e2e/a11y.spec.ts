import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Settings } from '../../shared/settings';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { setSettings } from './support/settings-api';
import { expect, test } from './support/test';

// Each combination sets the library's settings, so the spec has a server of its own.
let server: RunningServer;
test.beforeAll(async () => {
  server = await startFolioServer();
});
test.afterAll(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

/** The serious and critical violations on the page as it is now: "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

const combos: { uiLanguage: Settings['uiLanguage']; theme: Settings['theme'] }[] = [
  { uiLanguage: 'en', theme: 'light' },
  { uiLanguage: 'en', theme: 'dark' },
  { uiLanguage: 'zh', theme: 'light' },
  { uiLanguage: 'zh', theme: 'dark' },
];

for (const combo of combos) {
  test(`no serious or critical axe violation in any view (${combo.uiLanguage}, ${combo.theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await setSettings(server, { ...combo, fontScale: 1 });
    await page.goto(server.url);
    await expect(page.locator('.doc-list li').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', combo.theme);
    const found: Record<string, string[]> = { library: await seriousViolations(page) };

    const input = page.locator('#search-input');
    await input.fill('rate limits');
    await input.press('Enter');
    await expect(page.locator('#search-hits [role="option"]').first()).toBeVisible();
    found.search = await seriousViolations(page);

    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page.locator('article.passage.targeted')).toBeVisible();
    found.document = await seriousViolations(page);

    await page.locator('.search-bar .icon-button').click();
    await expect(page.locator('#query-help')).toBeVisible();
    found.queryHelp = await seriousViolations(page);
    await page.keyboard.press('Escape');

    await page.locator('.topbar-actions button').last().click();
    await expect(page.locator('.settings-panel')).toBeVisible();
    found.settings = await seriousViolations(page);
    await page.keyboard.press('Escape');

    await page.keyboard.press('ControlOrMeta+P');
    await expect(page.locator('.palette-option').first()).toBeVisible();
    found.palette = await seriousViolations(page);
    await page.keyboard.press('Escape');

    expect(found).toEqual({ library: [], search: [], document: [], queryHelp: [], settings: [], palette: [] });
  });
}
