import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('filter controls write the query language into the search box', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.input.fill('rate limits');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('faq');
  await expect(app.search.input).toHaveValue('kind:faq rate limits');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await expect(app.search.input).toHaveValue('lang:en kind:faq rate limits');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('');
  await expect(app.search.input).toHaveValue('lang:en rate limits');
});

test('a kind filter narrows the hits to that kind', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('rate limits');
  const all = await app.search.options.count();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('faq');
  await expect(app.search.header).toContainText(/\d+ results?/);
  await expect.poll(() => app.search.options.count()).toBeLessThan(all);
  for (const label of await app.search.hits.locator('.hit-label').allInnerTexts()) expect(label).toMatch(/^Q/);
});

test('the document filter keeps hits to the chosen document', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('API');
  const doc = page.getByRole('combobox', { name: 'Document' });
  await doc.selectOption({ index: 1 });
  const chosen = await doc.locator('option:checked').innerText();
  await expect(app.search.input).toHaveValue(/^doc:"/);
  await expect(app.search.options.first()).toBeVisible();
  const where = await app.search.hits.locator('.hit-where').allInnerTexts();
  for (const w of where) expect(w.startsWith(chosen)).toBe(true);
});
