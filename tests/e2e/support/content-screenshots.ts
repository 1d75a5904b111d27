// Takes the README's picture of a shaped passage: the APISIX limit-count plugin page (a table of
// attributes, code examples, a list of headers) as the reader shows it, in English (light) and
// Chinese (dark), at 1280×800 against a fresh `folio serve`.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/content-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { corpusPath } from '../../support/corpus';
import { bridgeApi, importThroughBridge } from './bridge-api';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, startFolioServer, stopFolioServer } from './folio-server';

const outDir = path.join(repoRoot, 'docs', 'screenshots');
const pages = {
  en: corpusPath('api-docs', 'apache-apisix', 'docs', 'en', 'latest', 'plugins', 'limit-count.md'),
  zh: corpusPath('api-docs', 'apache-apisix', 'docs', 'zh', 'latest', 'plugins', 'limit-count.md'),
};

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startFolioServer({ allow: [path.dirname(pages.en), path.dirname(pages.zh)] });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const api = bridgeApi(server);
    await importThroughBridge(api, [pages.en, pages.zh]);
    const docs = await api.listDocuments({});
    for (const [lang, theme] of [
      ['en', 'light'],
      ['zh', 'dark'],
    ] as const) {
      const doc = docs.find((d) => d.sourceName === 'limit-count.md' && d.lang === lang);
      if (!doc) throw new Error(`limit-count.md (${lang}) was not imported`);
      await api.setSettings({ patch: { theme, uiLanguage: lang } });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.evaluate((id) => {
        window.location.hash = `#/doc/${id}`;
      }, doc.id);
      await page.locator('.content-table, table').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(400);
      const name = `content-apisix-${lang}-${theme}.png`;
      await page.screenshot({ path: path.join(outDir, name) });
      console.log(`wrote docs/screenshots/${name}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await stopFolioServer(server.child.pid, server.dataDir);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
