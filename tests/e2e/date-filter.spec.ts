import AxeBuilder from '@axe-core/playwright';
import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

// The seed's WEEX article is dated 2026-01-20 (its byline); the PBOC notice states no date.

test('a start date in the control writes date: into the query and keeps only hits of documents in range', async ({
  page,
}) => {
  const app = await new FolioApp(page).open();
  await app.search.search('crypto');
  const where = () => app.search.hits.locator('.hit-where').allInnerTexts();
  await expect.poll(async () => (await where()).some((w) => w.startsWith(seed.notice))).toBe(true);

  await page.getByRole('textbox', { name: 'Dated from' }).fill('2026');
  await expect(app.search.input).toHaveValue('date:2026.. crypto');
  await expect.poll(async () => (await where()).some((w) => w.startsWith(seed.notice))).toBe(false);
  const inRange = await where();
  expect(inRange.length).toBeGreaterThan(0);
  for (const w of inRange) expect(w.startsWith(seed.weex)).toBe(true);

  // Up to the end of 2025: the article is too late and the notice has no date, so nothing is left.
  await page.getByRole('textbox', { name: 'Dated from' }).fill('');
  await page.getByRole('textbox', { name: 'Dated to' }).fill('2025-12-31');
  await expect(app.search.input).toHaveValue('date:..2025-12-31 crypto');
  await expect(app.search.options).toHaveCount(0);
});

test('editing date: in the query text updates the controls, and the controls are reached by keyboard', async ({
  page,
}) => {
  const app = await new FolioApp(page).open();
  await app.search.search('date:2020..2024-06 crypto');
  const from = page.getByRole('textbox', { name: 'Dated from' });
  const to = page.getByRole('textbox', { name: 'Dated to' });
  await expect(from).toHaveValue('2020');
  await expect(to).toHaveValue('2024-06');
  await app.search.search('crypto date:2026');
  await expect(from).toHaveValue('2026');
  await expect(to).toHaveValue('2026');

  await page.getByRole('combobox', { name: 'Status' }).focus();
  await page.keyboard.press('Tab');
  await expect(from).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2021-03');
  await page.keyboard.press('Tab');
  await expect(to).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(app.search.input).toHaveValue('date:2021-03.. crypto');
});

test('a half-typed date waits, marked invalid, and the query keeps its last whole date', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('crypto');
  const from = page.getByRole('textbox', { name: 'Dated from' });
  await from.fill('2026');
  await expect(app.search.input).toHaveValue('date:2026.. crypto');
  await from.fill('2026-1');
  await expect(app.search.input).toHaveValue('date:2026-1.. crypto');
  await from.fill('2026-13');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Write a year' })).toBeVisible();
  await expect(app.search.input).toHaveValue('date:2026-1.. crypto');
});

test('the filters, with a date set and one invalid, have no serious or critical axe violation', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('crypto');
  await page.getByRole('textbox', { name: 'Dated from' }).fill('2026');
  await page.getByRole('textbox', { name: 'Dated to' }).fill('20x');
  const results = await new AxeBuilder({ page }).include('.search-filters').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  expect(serious).toEqual([]);
});
