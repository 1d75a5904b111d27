import { FolioApp, seed } from './pages/FolioApp';
import { ReaderPane } from './pages/ReaderPane';
import { expect, test } from './support/test';

/** Opens the second hit for "rate limits" and returns its passage id. */
async function openSecondHit(app: FolioApp): Promise<string> {
  await app.search.search('rate limits');
  await app.search.input.press('ArrowDown');
  await app.search.input.press('ArrowDown');
  await app.search.input.press('Enter');
  const id = await app.reader.targetedPassage.getAttribute('id');
  if (!id) throw new Error('no targeted passage');
  return id;
}

test('the address names the open passage and the query', async ({ page }) => {
  const app = await new FolioApp(page).open();
  const passageId = await openSecondHit(app);
  const docId = await app.reader.document.getAttribute('data-doc-id');
  expect(new URL(page.url()).hash).toBe(
    `#/doc/${encodeURIComponent(docId ?? '')}/p/${encodeURIComponent(passageId)}?q=rate+limits`,
  );
});

test('a reload lands on the same passage with the same query', async ({ page }) => {
  const app = await new FolioApp(page).open();
  const passageId = await openSecondHit(app);
  await page.reload();
  await expect(app.reader.targetedPassage).toHaveAttribute('id', passageId);
  await expect(app.reader.targetedPassage).toBeInViewport();
  await expect(app.search.input).toHaveValue('rate limits');
});

test('the copied address opens the same place in a new tab (the token is handed over)', async ({ page, context }) => {
  const app = await new FolioApp(page).open();
  const passageId = await openSecondHit(app);
  expect(page.url()).not.toContain('token');
  const tab = await context.newPage();
  await tab.goto(page.url());
  const reader = new ReaderPane(tab);
  await expect(reader.targetedPassage).toHaveAttribute('id', passageId);
  await expect(tab.getByRole('alert')).toHaveCount(0);
});

test('Back and Forward (Alt+Left / Alt+Right) move between opened documents', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.library.document(seed.weex).click();
  await expect(app.reader.title).toHaveText(seed.weex);
  await app.library.document(seed.notice).click();
  await expect(app.reader.title).toHaveText(seed.notice);
  await page.locator('body').press('Alt+ArrowLeft');
  await expect(app.reader.title).toHaveText(seed.weex);
  await page.locator('body').press('Alt+ArrowRight');
  await expect(app.reader.title).toHaveText(seed.notice);
  await page.goBack();
  await expect(app.reader.title).toHaveText(seed.weex);
});

test('a search address opens the search with its filters', async ({ page }) => {
  const app = new FolioApp(page);
  await app.open();
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/search?q=kind%3Afaq+rate+limits`);
  await page.reload();
  await expect(app.search.input).toHaveValue('kind:faq rate limits');
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('faq');
  await expect(app.search.options.first()).toBeVisible();
});
