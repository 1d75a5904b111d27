import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

test('searching "rate limits" lists hits whose snippets mark the terms', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await app.search.search('rate limits');

  await expect(app.search.header).toContainText(/\d+ results?/);
  await expect(app.search.hit(0).locator('.hit-where')).toContainText(seed.weex);
  const marks = app.search.hit(0).locator('.hit-snippet mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toMatch(/^(rate|limit)/);
});
