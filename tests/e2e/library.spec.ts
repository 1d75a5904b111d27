import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

test('the library lists the two seed documents with their passage counts', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await expect(app.library.documents).toHaveCount(2);
  await expect(app.library.document(seed.weex)).toBeVisible();
  await expect(app.library.document(seed.notice)).toContainText(seed.noticeNumber);
  expect(await app.library.passageCount(seed.weex)).toBeGreaterThan(5);
  expect(await app.library.passageCount(seed.notice)).toBeGreaterThanOrEqual(19);
});
