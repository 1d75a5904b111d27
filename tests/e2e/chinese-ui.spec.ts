import type { Page } from '@playwright/test';
import { FolioApp } from './pages/FolioApp';
import { SettingsDialog } from './pages/SettingsDialog';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

/**
 * Visible UI text and accessible names that are English: Latin words and no Chinese at all
 * (a Chinese sentence may quote query syntax such as `Art. 10`). Document text is left out (it
 * carries its own `lang`), as is what is written as-is: `translate="no"` (the name Folio,
 * query syntax, keys, the user's search terms).
 */
async function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isDocumentText = (el: Element | null) => {
      const marked = el?.closest('[lang]');
      return marked !== null && marked !== undefined && marked !== document.documentElement;
    };
    const skipped = (el: Element | null) =>
      !el || el.closest('[translate="no"], script, style, textarea') !== null || isDocumentText(el);
    const latin = /[A-Za-z]{2,}/;
    const chinese = /[\u3400-\u9fff]/;
    const isEnglish = (text: string) => latin.test(text) && !chinese.test(text);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!text || skipped(el) || !el?.checkVisibility()) continue;
      if (isEnglish(text)) found.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skipped(el) || !(el as HTMLElement).checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && isEnglish(value.replace(/Ctrl|Cmd|⌘/g, ''))) found.add(`${name}=${value}`);
      }
    }
    return [...found];
  });
}

test('after switching to 中文 no English UI text is left in any view', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  const settings = new SettingsDialog(page);
  await settings.open();
  await settings.choose('中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const left: Record<string, string[]> = { settings: await englishLeft(page) };
  await settings.close();

  left.library = await englishLeft(page);

  const input = page.locator('#search-input');
  await input.fill('rate limits');
  await input.press('Enter');
  await expect(page.locator('#search-hits [role="option"]').first()).toBeVisible();
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(app.reader.targetedPassage).toBeVisible();
  left.searchAndDocument = await englishLeft(page);

  await page.getByRole('button', { name: '查询语法帮助' }).click();
  left.queryHelp = await englishLeft(page);
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+P');
  await page.getByRole('dialog', { name: '命令面板' }).getByRole('combobox').fill('主题');
  left.palette = await englishLeft(page);
  await page.keyboard.press('Escape');

  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  left.shortcuts = await englishLeft(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '导入…' }).click();
  left.import = await englishLeft(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '同义词…' }).click();
  await expect(page.getByRole('dialog', { name: '同义词' }).locator('textarea')).toBeVisible();
  left.synonyms = await englishLeft(page);

  expect(left).toEqual({
    settings: [],
    library: [],
    searchAndDocument: [],
    queryHelp: [],
    palette: [],
    shortcuts: [],
    import: [],
    synonyms: [],
  });
});

test('the language switch also reaches other open windows (the settingsChanged event)', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await new FolioApp(first).open(server.url);
  await new FolioApp(second).open(server.url);
  const settings = new SettingsDialog(first);
  await settings.open();
  await settings.choose('中文');
  await expect(second.getByRole('navigation', { name: '文库' })).toBeVisible();
});
