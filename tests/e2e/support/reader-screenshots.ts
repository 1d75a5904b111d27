// Takes the README's reader pictures under docs/screenshots/: a document with its table of
// contents and a version comparison, with the interface in English and in Chinese, at
// 1280×800 against a fresh `folio serve` with a few laws imported from ../shared/corpus.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/reader-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { corpusPath } from '../../support/corpus';
import { bridgeApi, importThroughBridge } from './bridge-api';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, startFolioServer, stopFolioServer } from './folio-server';

const outDir = path.join(repoRoot, 'docs', 'screenshots');
const files = [
  corpusPath('cn-laws', '经济法', '反洗钱法(2006-10-31).md'),
  corpusPath('cn-laws', '经济法', '反洗钱法(2024-11-08).md'),
  corpusPath('cn-laws', '经济法', '中国人民银行法(2003-12-27).md'),
  corpusPath('en-regs', 'derived', 'gdpr-from-GDPRtEXT.md'),
];

async function openDoc(page: Page, url: string, title: RegExp): Promise<void> {
  await page.goto(url);
  const library = page.getByRole('navigation', { name: /^(Library|文库)$/ });
  await library.getByRole('listitem').first().waitFor();
  await library.getByRole('link', { name: title }).click();
  await page.locator('.toc').waitFor();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, name) });
  console.log(`wrote docs/screenshots/${name}`);
}

async function take(browser: Browser, url: string, locale: 'en-US' | 'zh-CN'): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale });
  const suffix = locale === 'en-US' ? 'en' : 'zh';
  if (suffix === 'en') {
    await openDoc(page, url, /General Data Protection Regulation/);
    await page
      .locator('.toc')
      .getByRole('button', { name: /^Art\. 17\b/ })
      .click();
  } else {
    await openDoc(page, url, /中华人民共和国中国人民银行法/);
    await page.locator('.toc').getByRole('button', { name: '第四十六条', exact: true }).click();
  }
  await shoot(page, `reader-toc-${suffix}.png`);
  await openDoc(page, url, /中华人民共和国反洗钱法.*(Superseded|已被)/);
  await page.locator('.compare-button').click();
  await page.locator('.compare-summary').waitFor();
  await shoot(page, `compare-${suffix}.png`);
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startFolioServer({ allow: files.map((file) => path.dirname(file)) });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await importThroughBridge(bridgeApi(server), files);
    await take(browser, server.url, 'en-US');
    await take(browser, server.url, 'zh-CN');
  } finally {
    await browser.close();
    await stopFolioServer(server.child.pid, server.dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
