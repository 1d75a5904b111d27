/**
 * Opening a long document with 10,000 highlights, as a person sees it: in Debian's Chromium,
 * against `folio serve`, the time from clicking the document in the library to its first
 * screen painted — the text, and in the library with notes its highlights too. The same
 * generated statute is served twice, once without notes and once with them; rounds alternate
 * between the two so a busy machine slows both alike, and the ratio is the figure to read.
 *
 *   node bin/tsx-run.cjs electron/cli/bench/open-document-notes-ui.ts [--rounds N] [--notes N] [--articles N]
 *
 * Needs the built renderer (`npx electron-vite build`). Not a test: it prints figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { createKbService } from '../../core/service';
import { resourcesDir } from '../app-paths';
import { percentile, round } from './stats';
import { sentenceHighlights, statute } from './statute-fixture';
import { serveImportedLibrary } from './ui/serve';

/** A library holding the statute, with `notes` highlights on it (0 = none). */
async function libraryWith(file: string, notes: number): Promise<{ dataDir: string; title: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-notes-ui-'));
  const service = await createKbService({
    dataDir,
    resourcesDir,
    appVersion: 'bench',
    importOn: 'this-thread',
    seedEmptyLibrary: false,
  });
  try {
    await service.importNow([file], () => undefined);
    const [doc] = await service.api.listDocuments({});
    if (!doc) throw new Error('nothing imported');
    if (notes > 0) service.notes.store.save(sentenceHighlights(service.db, doc.id, notes));
    return { dataDir, title: doc.title };
  } finally {
    await service.close();
  }
}

/**
 * Milliseconds from the click on the document to the first passage's text in the page (and,
 * when `highlights`, a highlight drawn in it), then one animation frame.
 */
async function openOnce(page: Page, url: string, title: string, highlights: boolean): Promise<number> {
  await page.goto(url);
  await page.locator('nav a.doc-item', { hasText: title }).first().waitFor();
  return page.evaluate(
    async ({ title, highlights }) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a.doc-item')].find((a) =>
        a.textContent?.startsWith(title),
      );
      if (!link) throw new Error(`no library entry for ${title}`);
      const start = performance.now();
      link.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const text = document.querySelector('article.passage p')?.textContent ?? '';
        if (text.trim() !== '' && (!highlights || document.querySelector('article.passage mark.hl'))) break;
      }
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    },
    { title, highlights },
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string' }, notes: { type: 'string' }, articles: { type: 'string' } },
  });
  const rounds = Math.max(1, Number(values.rounds ?? 7) || 7);
  const noteCount = Number(values.notes ?? 10_000);
  const articleCount = Number(values.articles ?? 1_500);
  const work = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-notes-ui-src-'));
  const file = path.join(work, 'law.md');
  writeFileSync(file, statute(articleCount, 1));
  const plain = await libraryWith(file, 0);
  const noted = await libraryWith(file, noteCount);
  const servedPlain = await serveImportedLibrary([], plain.dataDir);
  const servedNoted = await serveImportedLibrary([], noted.dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.FOLIO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const without: number[] = [];
  const withNotes: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (let i = 0; i <= rounds; i++) {
      const a = await openOnce(page, servedPlain.url, plain.title, false);
      const b = await openOnce(page, servedNoted.url, noted.title, true);
      // The first round warms the bridges and the page.
      if (i > 0) {
        without.push(a);
        withNotes.push(b);
      }
    }
  } finally {
    await browser.close();
    servedPlain.stop();
    servedNoted.stop();
    // The servers may still be closing their databases (a busy machine slows that): a few tries,
    // then the folder is named and left, without losing the figures.
    for (const dir of [work, plain.dataDir, noted.dataDir]) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      } catch {
        console.error(`left behind: ${dir}`);
      }
    }
  }
  const p50Without = percentile(without, 50);
  const p50With = percentile(withNotes, 50);
  console.log(
    JSON.stringify({
      articles: articleCount,
      notes: noteCount,
      rounds,
      withoutNotesP50Ms: round(p50Without, 0),
      withNotesP50Ms: round(p50With, 0),
      withoutNotesP95Ms: round(percentile(without, 95), 0),
      withNotesP95Ms: round(percentile(withNotes, 95), 0),
      ratioP50: round(p50With / p50Without, 2),
      loadAverage: round(os.loadavg()[0] ?? 0, 1),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
