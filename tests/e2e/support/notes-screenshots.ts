// Takes the notes pictures under docs/screenshots/ (notes-*.png): highlights in the reader with the
// selection toolbar, the note editor, and the review queue after a changed re-import, in light and
// dark, English and Chinese, at 1280×800 against a fresh `folio serve`.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/notes-screenshots.ts
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { DocumentDetail } from '../../../shared/model';
import type { Settings } from '../../../shared/settings';
import { bridgeApi, importThroughBridge } from './bridge-api';
import { chromiumLaunchOptions } from './chromium';
import { type RunningServer, repoRoot, startFolioServer, stopFolioServer } from './folio-server';
import { setSettings } from './settings-api';

const outDir = path.join(repoRoot, 'docs', 'screenshots');
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'notes');
const noticeTitle =
  "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk";
const sentences = {
  token: 'Tokenization of Real-World Assets refers to the use of encryption technology',
  removed: "The people's governments at the provincial level are overall responsible",
  kept: 'Virtual currency does not possess the legal status equivalent to fiat currency.',
};

async function highlight(server: RunningServer, doc: DocumentDetail, text: string, extra: Record<string, unknown>) {
  const passage = doc.passages.find((p) => p.text.includes(text));
  if (!passage) throw new Error(`no passage holds ${text}`);
  const start = passage.text.indexOf(text);
  await bridgeApi(server).addHighlight({
    docId: doc.id,
    passageId: passage.id,
    start,
    end: start + text.length,
    ...extra,
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, name) });
  console.log(`wrote docs/screenshots/${name}`);
}

async function look(server: RunningServer, page: Page, settings: Pick<Settings, 'theme' | 'uiLanguage'>, hash: string) {
  await setSettings(server, { ...settings, fontScale: 1 });
  // A new load each time (goto to the same address with another hash would not reload).
  await page.goto('about:blank');
  await page.goto(server.url);
  await page.locator('.doc-list li').first().waitFor();
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.locator('.reader-pane article.passage').first().waitFor();
  await page.locator('mark.hl').first().waitFor();
}

async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(
      document.querySelector('.reader-pane [data-doc-id]') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  }, text);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'folio-notes-shots-'));
  const file = path.join(folder, 'notice.txt');
  copyFileSync(path.join(fixtures, 'notice-v1.txt'), file);
  const server = await startFolioServer({ allow: [folder] });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await importThroughBridge(bridgeApi(server), [file]);
    const docs = await bridgeApi(server).listDocuments({});
    const id = docs.find((d) => d.title === noticeTitle && d.sourceName === 'notice.txt')?.id ?? '';
    const doc = await bridgeApi(server).getDocument({ id });
    await highlight(server, doc, sentences.token, {
      colour: 'blue',
      note: 'RWA **definition**',
      noteFormat: 'markdown',
      tags: ['rwa'],
    });
    await highlight(server, doc, sentences.removed, { colour: 'green' });
    await highlight(server, doc, sentences.kept, { colour: 'pink', tags: ['training'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const hash = `#/doc/${id}`;

    await look(server, page, { theme: 'light', uiLanguage: 'en' }, hash);
    await selectText(page, 'Virtual currency does not possess');
    await page.locator('.selection-toolbar').waitFor();
    await shoot(page, 'notes-reader-light-en.png');
    await look(server, page, { theme: 'dark', uiLanguage: 'zh' }, hash);
    await selectText(page, sentences.kept);
    await page.locator('.selection-toolbar').waitFor();
    await shoot(page, 'notes-reader-dark-zh.png');
    await page.locator('mark.hl.hl-blue').first().click();
    await page.locator('.note-editor[open]').waitFor();
    await shoot(page, 'notes-editor-dark-zh.png');
    await look(server, page, { theme: 'light', uiLanguage: 'en' }, hash);
    await page.locator('mark.hl.hl-blue').first().click();
    await page.locator('.note-editor[open]').waitFor();
    await shoot(page, 'notes-editor-light-en.png');

    copyFileSync(path.join(fixtures, 'notice-v2.txt'), file);
    await importThroughBridge(bridgeApi(server), [file]);
    for (const [theme, uiLanguage] of [
      ['light', 'en'],
      ['dark', 'zh'],
      ['light', 'zh'],
      ['dark', 'en'],
    ] as const) {
      await look(server, page, { theme, uiLanguage }, hash);
      await page.locator('.topbar-actions button').first().click();
      await page.locator('.review-queue').waitFor();
      await shoot(page, `notes-review-${theme}-${uiLanguage}.png`);
    }
    await page.close();
  } finally {
    await browser.close();
    await stopFolioServer(server.child.pid, server.dataDir);
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
