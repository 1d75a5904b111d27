import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

test.describe('at 800 px wide', () => {
  test.use({ viewport: { width: 800, height: 700 } });

  test('the library starts folded and the reader gets the most room', async ({ page }) => {
    await page.goto((await import('./support/env')).appUrl());
    await expect(page.locator('#search-input')).toBeVisible();
    const reader = await page.locator('.reader-pane').evaluate((el) => el.getBoundingClientRect().width);
    const search = await page.locator('.search-pane').evaluate((el) => el.getBoundingClientRect().width);
    expect([reader > search, reader >= 400]).toEqual([true, true]);
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  });

  test('the library unfolds from its button', async ({ page }) => {
    await page.goto((await import('./support/env')).appUrl());
    await page.getByRole('button', { name: 'Show the library' }).click();
    await expect(page.getByRole('link', { name: seed.weex })).toBeVisible();
  });
});

test('the panes resize from the keyboard on their separators', async ({ page }) => {
  await new FolioApp(page).open();
  const library = page.locator('.library-pane');
  const before = await library.evaluate((el) => el.getBoundingClientRect().width);
  await page.getByRole('separator').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => library.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(before);
});

test('the skip link is the first tab stop and moves focus to the reader', async ({ page }) => {
  await new FolioApp(page).open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the document' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#reader-main')).toBeFocused();
});
