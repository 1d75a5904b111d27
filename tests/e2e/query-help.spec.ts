import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('the ? popover documents the query syntax and Escape closes it', async ({ page }) => {
  const app = await new FolioApp(page).open();

  await app.search.helpButton.click();

  await expect(app.search.help).toBeVisible();
  for (const syntax of ['"exact phrase"', '-word', 'a OR b', 'prefix*', 'kind:', 'doc:', 'lang:', 'status:']) {
    await expect(app.search.help.getByRole('cell', { name: syntax, exact: true })).toBeVisible();
  }
  await expect(app.search.help).toContainText('kind:faq');
  await expect(app.search.help).toContainText('lang:zh');
  await page.keyboard.press('Escape');
  await expect(app.search.help).toBeHidden();
});
