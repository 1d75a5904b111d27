import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FolioApp, seed } from './pages/FolioApp';
import { Palette } from './pages/Palette';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// Packs live in the library folder's user store, so these specs get a server of their own.
let server: RunningServer;
test.beforeEach(async () => {
  server = await startFolioServer();
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
});

const packName = 'API onboarding';

/** Creates the pack in the Packs dialog, then adds the seed FAQ's first five passages with the reader's button. */
async function packOfFive(page: Page): Promise<FolioApp> {
  const app = await new FolioApp(page).open(server.url);
  await page.getByRole('button', { name: 'Packs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Session packs' });
  await dialog.getByRole('textbox', { name: 'Name of the new pack' }).fill(packName);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('button', { name: new RegExp(`^${packName}`) })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  await app.library.document(seed.weex).click();
  const adds = app.reader.root.getByRole('button', { name: 'Add to pack' });
  for (let i = 0; i < 5; i++) {
    await adds.nth(i).click();
    await expect(app.reader.passages.nth(i).getByText(`Added to “${packName}”`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Packs', exact: true }).click();
  await expect(dialog.locator('.pack-item')).toHaveCount(5);
  return app;
}

async function downloaded(page: Page, format: 'Markdown' | 'HTML'): Promise<{ name: string; text: string }> {
  const dialog = page.getByRole('dialog', { name: 'Session packs' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: format, exact: true }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

test('a pack of five seed passages exports to Markdown and HTML with a citation under each item', async ({ page }) => {
  await packOfFive(page);
  const md = await downloaded(page, 'Markdown');
  expect(md.name).toBe(`${packName}.md`);
  expect(md.text).toContain(`# ${packName}`);
  const sections = md.text.split(/^## \d+\./m).slice(1);
  expect(sections).toHaveLength(5);
  for (const section of sections) expect(section).toMatch(/^\*WEEX Crypto News and the Dynamics of API Access.*\*$/m);

  const html = await downloaded(page, 'HTML');
  expect(html.name).toBe(`${packName}.html`);
  expect(html.text).toMatch(/^<!doctype html>/i);
  expect(html.text).toContain(packName);
  const citations = html.text.match(/<p class="cite">WEEX Crypto News and the Dynamics of API Access[^<]*<\/p>/g) ?? [];
  expect(citations).toHaveLength(5);
});

test('items reorder with Alt+Down, and the move is announced', async ({ page }) => {
  await packOfFive(page);
  const dialog = page.getByRole('dialog', { name: 'Session packs' });
  const items = dialog.locator('.pack-item');
  const firstId = await items.first().getAttribute('data-item-id');
  await items.first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1)).toHaveAttribute('data-item-id', firstId ?? '');
  await expect(items.nth(1)).toBeFocused();
  await expect(dialog.getByText('Moved to position 2 of 5')).toBeAttached();
});

test('presenter mode pages through the pack with the keyboard and flips a quiz card', async ({ page }) => {
  await packOfFive(page);
  const dialog = page.getByRole('dialog', { name: 'Session packs' });
  const first = dialog.locator('.pack-item').first();
  await first.getByText('Make a quiz card').click();
  await first.getByRole('textbox', { name: 'Question' }).fill('What do the key takeaways say about rate limits?');
  await first.getByRole('textbox', { name: 'Answer' }).fill('Understanding them prevents disruptions.');
  await first.getByRole('textbox', { name: 'Your note for this item' }).fill('Ask the room first.');
  await dialog.getByRole('button', { name: 'Present' }).focus();
  await expect(first.getByText('Quiz card', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Present' }).click();
  const presenter = page.getByRole('region', { name: `Presenter: ${packName}` });
  await expect(presenter).toBeFocused();
  await expect(presenter.locator('.presenter-position')).toHaveText('1 / 5');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.presenter-position')).toHaveText('2 / 5');
  await page.keyboard.press('PageDown');
  await expect(presenter.locator('.presenter-position')).toHaveText('3 / 5');
  await page.keyboard.press('PageUp');
  await expect(presenter.locator('.presenter-position')).toHaveText('2 / 5');

  await page.keyboard.press('Home');
  await expect(presenter.locator('.quiz-question')).toContainText('What do the key takeaways say about rate limits?');
  await expect(presenter.locator('.quiz-answer')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(presenter.locator('.quiz-answer')).toContainText('Understanding them prevents disruptions.');

  await page.keyboard.press('n');
  await expect(presenter.getByRole('complementary', { name: 'Speaker note (N)' })).toHaveText('Ask the room first.');
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
});

test('the packs dialog and presenter mode pass axe', async ({ page }) => {
  await packOfFive(page);
  const packsScan = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(packsScan.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('dialog', { name: 'Session packs' }).getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('Space');
  const presenterScan = await new AxeBuilder({ page }).include('.presenter').analyze();
  expect(presenterScan.violations.map((v) => v.id)).toEqual([]);
});

test('PDF in the browser door prints the handout view: the pack with a citation under each item', async ({ page }) => {
  await packOfFive(page);
  await page.evaluate(() => {
    const seedTitle = 'WEEX Crypto News and the Dynamics of API Access';
    const record = window as unknown as { printed?: { handoutMode: boolean; citations: number } };
    window.print = () => {
      record.printed = {
        handoutMode: document.documentElement.classList.contains('print-handout'),
        citations: [...document.querySelectorAll('.handout-print .handout-citation')].filter((el) =>
          el.textContent?.startsWith(seedTitle),
        ).length,
      };
    };
  });
  await page.getByRole('dialog', { name: 'Session packs' }).getByRole('button', { name: 'PDF', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed?: unknown }).printed))
    .toEqual({ handoutMode: true, citations: 5 });
  await expect(page.locator('html')).not.toHaveClass(/print-handout/);
});

test('the palette adds the open passage to the pack being filled', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  await app.library.document(seed.weex).click();
  // The address names the passage, as opening a search hit does.
  const first = await app.reader.passages.nth(2).getAttribute('id');
  await page.evaluate((id) => {
    window.location.hash = `${window.location.hash.split('/p/')[0]}/p/${encodeURIComponent(id ?? '')}`;
  }, first);
  const palette = new Palette(page);
  await palette.open();
  await palette.input.fill('open passage to the pack');
  await palette.options.filter({ hasText: 'Add the open passage to the pack' }).click();
  await page.getByRole('button', { name: 'Packs', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Session packs' });
  await expect(dialog.getByRole('button', { name: /^My session pack/ })).toBeVisible();
  await expect(dialog.locator('.pack-item')).toHaveCount(1);
});
