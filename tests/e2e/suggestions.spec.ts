import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('choosing a suggestion opens that document in the reader', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await app.search.input.pressSequentially('cach', { delay: 20 });
  const first = app.search.suggestions.getByRole('option').first();
  await expect(first).toBeVisible();
  await app.search.input.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.search.input.press('Enter');

  await expect(app.search.suggestions).toBeHidden();
  await expect(app.reader.document).toBeVisible();
});
