import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

test('printing shows only the document, full width, with its header and clause labels', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.library.document(seed.notice).click();
  await expect(app.reader.title).toHaveText(seed.notice);
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Search' })).toBeHidden();
  await expect(page.locator('.doc-header')).toContainText(seed.noticeNumber);
  await expect(page.locator('.clause-label').first()).toBeVisible();
  const width = await page.locator('section.document').evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(page.viewportSize()!.width * 0.9);
});

test('with text selected, only the passages the selection touches are printed', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.library.document(seed.notice).click();
  await expect(app.reader.passages.nth(3)).toBeVisible();
  const ids = await page.evaluate(() => {
    const passages = [...document.querySelectorAll('.document .passage')];
    const [from, to] = [passages[2]!, passages[3]!];
    const range = document.createRange();
    range.setStart(from.querySelector('p')!.firstChild!, 0);
    range.setEnd(to.querySelector('p')!.firstChild!, 3);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    window.dispatchEvent(new Event('beforeprint'));
    return [from.id, to.id];
  });
  await page.emulateMedia({ media: 'print' });
  const printed = await app.reader.passages.evaluateAll((els) =>
    els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.id),
  );
  expect(printed).toEqual(ids);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect
    .poll(() =>
      app.reader.passages.evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length),
    )
    .toBeGreaterThan(10);
});
