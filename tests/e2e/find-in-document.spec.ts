import { FolioApp, seed } from './pages/FolioApp';
import { expect, test } from './support/test';

function occurrences(text: string, needle: string): number {
  return text.toLowerCase().split(needle.toLowerCase()).length - 1;
}

test('find in document counts the matches and steps through them', async ({ page }) => {
  const app = await new FolioApp(page).open();
  await app.library.document(seed.notice).click();
  await expect(app.reader.title).toHaveText(seed.notice);
  // textContent, not innerText: rows off screen skip rendering (content-visibility), and innerText
  // gives only what is rendered; find searches the passages' text, rendered or not.
  const texts = await app.reader.passages.allTextContents();
  const expected = texts.reduce((sum, t) => sum + occurrences(t, 'virtual currency'), 0);
  expect(expected).toBeGreaterThan(1);

  await app.pressShortcut('f');
  await expect(app.reader.findInput).toBeFocused();
  await app.reader.findInput.fill('virtual currency');

  await expect(app.reader.findCount).toHaveText(`1 of ${expected}`);
  await expect(app.reader.findMarks).toHaveCount(expected);
  await app.reader.findInput.press('Enter');
  await expect(app.reader.findCount).toHaveText(`2 of ${expected}`);
  await app.reader.findInput.press('Shift+Enter');
  await expect(app.reader.findCount).toHaveText(`1 of ${expected}`);
});
