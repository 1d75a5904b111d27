// Takes docs/screenshots/packs-*.png and presenter-*.png: the packs dialog and presenter mode in
// light and dark, English and Chinese, against a fresh `folio serve` with the seed library.
// Usage: npx electron-vite build && node bin/tsx-run.cjs tests/e2e/support/packs-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Pack, PackItemInput } from '../../../shared/notes-model';
import type { SettingsPatch } from '../../../shared/settings';
import { bridgeApi } from './bridge-api';
import { chromiumLaunchOptions } from './chromium';
import { repoRoot, type ServeInfo, startFolioServer, stopFolioServer } from './folio-server';

const outDir = path.join(repoRoot, 'docs', 'screenshots');

/** A pack of the FAQ's first two sections, a trainer's note, a FAQ card, and a law article. */
async function seedPack(server: ServeInfo): Promise<Pack> {
  const docs = await bridgeApi(server).listDocuments({});
  const details = await Promise.all(docs.map((d) => bridgeApi(server).getDocument({ id: d.id })));
  const en = details.find((d) => d.lang.startsWith('en')) ?? details[0];
  const other = details.find((d) => d !== en) ?? en;
  if (!en || !other) throw new Error('the seed library is empty');
  const pack = await bridgeApi(server).createPack({ name: 'API access training' });
  const add = (item: PackItemInput) => bridgeApi(server).addPackItem({ pack: pack.id, item });
  await add({
    kind: 'passage',
    docId: en.id,
    passageId: en.passages[1]?.id,
    text: 'Start with the error message users see.',
  });
  await add({ kind: 'text', text: 'Ask: who has hit a rate limit this month?' });
  const faq = en.passages.find((p) => p.kind === 'faq');
  await add({
    kind: 'passage',
    docId: en.id,
    passageId: (faq ?? en.passages[2])?.id,
    quiz: faq ? undefined : { question: 'Why do providers impose rate limits?', answer: en.passages[2]?.text ?? '' },
  });
  return add({ kind: 'passage', docId: other.id, passageId: other.passages[3]?.id });
}

async function openPacks(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.locator('.pack-item').first().waitFor();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startFolioServer();
  const browser = await chromium.launch(chromiumLaunchOptions);
  const looks: { suffix: string; patch: SettingsPatch; packs: string }[] = [
    { suffix: 'light-en', patch: { theme: 'light', uiLanguage: 'en' }, packs: 'Packs' },
    { suffix: 'dark-en', patch: { theme: 'dark', uiLanguage: 'en' }, packs: 'Packs' },
    { suffix: 'light-zh', patch: { theme: 'light', uiLanguage: 'zh' }, packs: '资料包' },
    { suffix: 'dark-zh', patch: { theme: 'dark', uiLanguage: 'zh' }, packs: '资料包' },
  ];
  try {
    await seedPack(server);
    for (const look of looks) {
      await bridgeApi(server).setSettings({ patch: { fontScale: 1, ...look.patch } });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.locator('.doc-list li').first().waitFor({ state: 'attached' });
      await openPacks(page, look.packs);
      await page.waitForTimeout(250);
      await page.screenshot({ path: path.join(outDir, `packs-${look.suffix}.png`) });
      await page.locator('.pack-actions button').first().click();
      await page.locator('.presenter').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Space');
      await page.keyboard.press('n');
      await page.waitForTimeout(250);
      await page.screenshot({ path: path.join(outDir, `presenter-${look.suffix}.png`) });
      console.log(`wrote packs-${look.suffix}.png and presenter-${look.suffix}.png`);
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
