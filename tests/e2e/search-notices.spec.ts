import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('the results header words the any-word fallback the engine reports as a code', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await app.search.search('how can I avoid going over the rate limit?');

  await expect(app.search.header).toContainText(
    'Only 1 passage had all the words; showing passages with any of them, best matches first.',
  );
});
