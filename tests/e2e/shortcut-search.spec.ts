import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('Ctrl/Cmd+K focuses the search box from anywhere', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.library.documents.first().getByRole('link').focus();
  await expect(app.search.input).not.toBeFocused();

  await app.pressShortcut('k');

  await expect(app.search.input).toBeFocused();
});
