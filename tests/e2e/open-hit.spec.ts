import { FolioApp } from './pages/FolioApp';
import { expect, test } from './support/test';

test('Enter on a hit opens its passage in the reader, scrolled into view, with the terms marked', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.search.search('rate limits');
  // Go a few hits down so the passage is likely below the reader's first screen.
  const steps = Math.min(await app.search.options.count(), 4);
  for (let i = 0; i < steps; i++) await app.search.input.press('ArrowDown');
  const hit = app.search.activeHit;
  const passageId = await hit.getAttribute('data-passage-id');
  const docId = await hit.getAttribute('data-doc-id');

  await app.search.input.press('Enter');

  await expect(app.reader.document).toHaveAttribute('data-doc-id', docId ?? '');
  const passage = app.reader.passage(passageId ?? '');
  await expect(passage).toHaveClass(/targeted/);
  await expect(passage).toBeInViewport();
  await expect(passage.locator('mark.term').first()).toBeVisible();
});
