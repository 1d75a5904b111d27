import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('arrow keys move the active hit and the search box points at it', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('rate limits');
  await expect(app.search.activeHit).toHaveCount(0);

  await app.search.input.press('ArrowDown');
  await expect(app.search.activeHit).toHaveAttribute('aria-posinset', '1');
  await app.search.input.press('ArrowDown');
  await expect(app.search.activeHit).toHaveAttribute('aria-posinset', '2');
  await app.search.input.press('ArrowUp');
  await expect(app.search.activeHit).toHaveAttribute('aria-posinset', '1');

  const activeId = await app.search.activeHit.getAttribute('id');
  await expect(app.search.input).toHaveAttribute('aria-activedescendant', activeId ?? '');
});
