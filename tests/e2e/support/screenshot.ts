// Takes docs/screenshot.png (the README's picture): the first screen at 1280×800 against a
// fresh `folio serve` with the seed library, after a search and with the top hit open.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/screenshot.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, startFolioServer, stopFolioServer } from './folio-server';

async function main(): Promise<void> {
  const out = path.join(repoRoot, 'docs', 'screenshot.png');
  mkdirSync(path.dirname(out), { recursive: true });
  const server = process.env.FOLIO_E2E_URL ? null : await startFolioServer();
  const url = process.env.FOLIO_E2E_URL ?? server?.url ?? '';
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').first().waitFor();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('rate limits');
    await search.press('Enter');
    await page.getByRole('option').first().waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.locator('article.passage.targeted').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: out });
    console.log(`wrote ${path.relative(repoRoot, out)}`);
  } finally {
    await browser.close();
    if (server) await stopFolioServer(server.child.pid, server.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
