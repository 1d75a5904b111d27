// Takes the README's pictures of highlights on a shaped passage: the APISIX limit-count page with a
// highlight in its attribute table and one in its list of headers, in English (light) and Chinese
// (dark), at 1280×800 against a fresh `folio serve`.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/notes-content-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { DocumentDetail } from '../../../shared/model';
import { corpusPath } from '../../support/corpus';
import { bridgeApi, importThroughBridge } from './bridge-api';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, startFolioServer, stopFolioServer } from './folio-server';

const outDir = path.join(repoRoot, 'docs', 'screenshots');
const pages = {
  en: corpusPath('api-docs', 'apache-apisix', 'docs', 'en', 'latest', 'plugins', 'limit-count.md'),
  zh: corpusPath('api-docs', 'apache-apisix', 'docs', 'zh', 'latest', 'plugins', 'limit-count.md'),
};
/** What each picture highlights: a table cell's text (green, with a note) and a list item's words (yellow). */
const marks = {
  en: {
    cell: 'The window algorithm used by the plugin.',
    item: 'the remaining quota',
    note: 'Ask which window the team uses',
  },
  zh: { cell: '插件使用的窗口算法', item: '剩余配额', note: '培训时说明两种窗口的区别' },
};

/** The first shaped passage holding `text`, and where. */
function place(doc: DocumentDetail, text: string): { passageId: string; start: number; end: number } {
  const passage = doc.passages.find((p) => p.content && p.text.includes(text));
  if (!passage) throw new Error(`no shaped passage holds “${text}”`);
  const start = passage.text.indexOf(text);
  return { passageId: passage.id, start, end: start + text.length };
}

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
      const summary = docs.find((d) => d.sourceName === 'limit-count.md' && d.lang === lang);
      if (!summary) throw new Error(`limit-count.md (${lang}) was not imported`);
      const doc = await api.getDocument({ id: summary.id });
      const { cell, item, note } = marks[lang];
      await api.addHighlight({ docId: doc.id, ...place(doc, cell), colour: 'green', note });
      await api.addHighlight({ docId: doc.id, ...place(doc, item), colour: 'yellow' });
      await api.setSettings({ patch: { theme, uiLanguage: lang } });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.evaluate((id) => {
        window.location.hash = `#/doc/${id}`;
      }, doc.id);
      const list = page.locator('.reader-pane li mark.hl-yellow').first();
      await list.waitFor();
      await list.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.locator('.reader-pane td mark.hl-green .hl-head').focus();
      await page.waitForTimeout(400);
      const name = `notes-content-${lang}-${theme}.png`;
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
