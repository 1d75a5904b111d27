// Takes docs/screenshots/*.png: the main views in light and dark, English and Chinese, against
// a fresh `folio serve` with the seed library.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { SettingsPatch } from '../../../shared/settings';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, startFolioServer, stopFolioServer } from './folio-server';
import { setSettings } from './settings-api';

const outDir = path.join(repoRoot, 'docs', 'screenshots');

async function openHit(page: Page, query: string, hit: number): Promise<void> {
  const search = page.locator('#search-input');
  await search.fill(query);
  await search.press('Enter');
  await page.locator('#search-hits [role="option"]').first().waitFor();
  for (let i = 0; i <= hit; i++) await search.press('ArrowDown');
  await search.press('Enter');
  await page.locator('article.passage.targeted').waitFor();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startFolioServer();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const shots: { name: string; patch: SettingsPatch; width: number; act: (page: Page) => Promise<void> }[] = [
    {
      name: 'reader-light-en',
      patch: { theme: 'light', uiLanguage: 'en' },
      width: 1280,
      act: (p) => openHit(p, 'rate limits', 1),
    },
    {
      name: 'reader-dark-zh',
      patch: { theme: 'dark', uiLanguage: 'zh' },
      width: 1280,
      act: (p) => openHit(p, 'RWA tokenized', 0),
    },
    {
      name: 'search-light-zh',
      patch: { theme: 'light', uiLanguage: 'zh' },
      width: 1280,
      act: (p) => openHit(p, 'kind:article risk', 0),
    },
    {
      name: 'palette-dark-en',
      patch: { theme: 'dark', uiLanguage: 'en' },
      width: 1280,
      act: async (p) => {
        await p.keyboard.press('Control+P');
        await p.getByRole('combobox', { name: 'Type a command or a document title' }).fill('th');
      },
    },
    {
      name: 'settings-light-en',
      patch: { theme: 'light', uiLanguage: 'en' },
      width: 1280,
      act: async (p) => {
        await p.getByRole('button', { name: 'Settings…' }).click();
      },
    },
    {
      name: 'search-date-light-en',
      patch: { theme: 'light', uiLanguage: 'en' },
      width: 1280,
      act: (p) => openHit(p, 'date:2026.. crypto', 0),
    },
    {
      name: 'search-date-dark-zh',
      patch: { theme: 'dark', uiLanguage: 'zh' },
      width: 1280,
      act: (p) => openHit(p, 'date:2026.. crypto', 0),
    },
    {
      name: 'narrow-800-en',
      patch: { theme: 'light', uiLanguage: 'en' },
      width: 800,
      act: (p) => openHit(p, 'API key', 0),
    },
  ];
  try {
    for (const shot of shots) {
      await setSettings(server, { fontScale: 1, ...shot.patch });
      const page = await browser.newPage({ viewport: { width: shot.width, height: 800 } });
      await page.goto(server.url);
      await page.locator('.doc-list li').first().waitFor({ state: 'attached' });
      await shot.act(page);
      await page.waitForTimeout(250);
      const file = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(repoRoot, file)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await stopFolioServer(server.child.pid, server.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
