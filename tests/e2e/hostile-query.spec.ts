import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('a hostile query shows results or an empty state, never an error', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await app.search.search('"unbalanced AND NEAR( C++ *');

  await expect(app.search.header).toContainText(/\d+ results?|No results/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
