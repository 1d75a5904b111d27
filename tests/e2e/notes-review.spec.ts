import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FolioApp, seed } from './pages/FolioApp';
import { bridgeApi, importThroughBridge } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { setSettings } from './support/settings-api';
import { expect, test } from './support/test';

// The seed notice as its own document (v1), then re-imported edited (v2): see tests/fixtures/notes/SOURCES.md.
const fixtures = path.resolve(__dirname, '..', 'fixtures', 'notes');
const tokenSentence =
  'Tokenization of Real-World Assets refers to the use of encryption technology and distributed ledger or similar technologies to transform ownership rights, income rights, etc., of assets into tokens (tokens) or other interests or bond certificates with token (token) characteristics, and carry out issuance and trading activities.';
const removedSentence =
  "The people's governments at the provincial level are overall responsible for the prevention and disposal of risks related to virtual currencies and the tokenization of real-world assets in their respective administrative regions.";

let server: RunningServer;
let folder: string;
let noticeFile: string;
const api = () => bridgeApi(server);

/** Imports through the bridge's API door (as the page would) and waits for the job to end. */
function importNotice(): Promise<void> {
  return importThroughBridge(api(), [noticeFile]);
}

async function noticeId(): Promise<string> {
  const docs = await api().listDocuments({});
  const doc = docs.find((d) => d.title === seed.notice && d.sourceName === 'notice.txt');
  if (!doc) throw new Error('the imported notice is not in the library');
  return doc.id;
}

/** Selects `text` inside the reader's first passage that holds it, as a user's drag would. */
async function select(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const doc = document.querySelector('.reader-pane [data-doc-id]');
    if (!doc) return false;
    const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }
    return false;
  }, text);
  expect(found).toBe(true);
}

/** Selects from `startText` in one passage to the end of `endText` in another (by element id). */
async function selectAcross(
  page: Page,
  from: { passageId: string; text: string },
  to: { passageId: string; text: string },
): Promise<void> {
  const found = await page.evaluate(
    ({ from, to }) => {
      const locate = (passageId: string, needle: string) => {
        const article = document.getElementById(passageId);
        if (!article) return null;
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue?.indexOf(needle) ?? -1;
          if (at >= 0) return { node, at };
        }
        return null;
      };
      const start = locate(from.passageId, from.text);
      const end = locate(to.passageId, to.text);
      if (!start || !end) return false;
      const range = document.createRange();
      range.setStart(start.node, start.at);
      range.setEnd(end.node, end.at + to.text.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return true;
    },
    { from, to },
  );
  expect(found).toBe(true);
}

async function openNotice(page: Page): Promise<FolioApp> {
  const app = await new FolioApp(page).open(server.url);
  const id = await noticeId();
  await page.evaluate((docId) => {
    window.location.hash = `#/doc/${docId}`;
  }, id);
  await expect(app.reader.title).toHaveText(seed.notice);
  return app;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test.describe('highlights survive a changed document and wait for review', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'folio-notes-e2e-'));
    noticeFile = path.join(folder, 'notice.txt');
    copyFileSync(path.join(fixtures, 'notice-v1.txt'), noticeFile);
    server = await startFolioServer({ allow: [folder] });
    await importNotice();
  });
  test.afterAll(async () => {
    await stopFolioServer(server?.child.pid, server?.dataDir);
    rmSync(folder, { recursive: true, force: true });
  });

  test('a selection in article (II) becomes a highlight with a note and a tag', async ({ page }) => {
    const app = await openNotice(page);
    await select(page, tokenSentence);
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
    await toolbar.getByRole('button', { name: 'Note…' }).click();
    const editor = page.getByRole('dialog', { name: 'New highlight' });
    await editor.getByRole('radio', { name: 'Blue' }).check();
    await editor.getByLabel('Note').fill('RWA **definition**');
    await editor.getByLabel('Format').selectOption('markdown');
    await expect(editor.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('definition');
    await editor.getByLabel('Tags (separated by commas)').fill('rwa, training');
    expect(await seriousViolations(page)).toEqual([]);
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    const mark = app.reader.root.locator('mark.hl.hl-blue');
    await expect(mark).toHaveText(tokenSentence);
  });

  test('key 2 highlights a selection in green; a click opens it, delete offers Undo', async ({ page }) => {
    const app = await openNotice(page);
    await select(page, removedSentence);
    await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
    await page.keyboard.press('2');
    const green = app.reader.root.locator('mark.hl.hl-green');
    await expect(green).toHaveText(removedSentence);
    await green.click();
    const editor = page.getByRole('dialog', { name: 'Edit note' });
    await editor.getByRole('button', { name: 'Delete' }).click();
    await expect(green).toHaveCount(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(green).toHaveText(removedSentence);
  });

  test('after the edited notice is imported, the changed and the orphaned highlight wait in the review queue', async ({
    page,
  }) => {
    copyFileSync(path.join(fixtures, 'notice-v2.txt'), noticeFile);
    await importNotice();
    await new FolioApp(page).open(server.url);
    await page.getByRole('button', { name: 'Notes · 2 to review' }).click();
    const panel = page.getByRole('dialog', { name: 'Notes' });
    const cards = panel.locator('article.note-card');
    await expect(cards).toHaveCount(2);
    const changed = cards.filter({ hasText: 'Text changed' });
    await expect(changed).toContainText('definition');
    await expect(changed.getByRole('listitem')).toHaveText(['rwa', 'training']);
    await expect(changed.locator('.review-side').nth(0)).toContainText('encryption technology');
    await expect(changed.locator('.review-side').nth(1)).toContainText('cryptographic technology');
    // Where it is now, as the notice writes the clause (not a bare passage number).
    await expect(changed.locator('.note-where')).toHaveText(/ · \(III\)$/);
    const orphaned = cards.filter({ hasText: 'Not found in the new version' });
    await expect(orphaned).toContainText(removedSentence);
    await expect(orphaned).toContainText('This text is no longer in the document.');
    expect(await seriousViolations(page)).toEqual([]);

    // Discard asks first; keeping it leaves it in the queue.
    await orphaned.getByRole('button', { name: 'Discard' }).click();
    await orphaned.getByRole('button', { name: 'Keep it' }).click();
    await expect(cards).toHaveCount(2);

    // None disappeared: both are still in the list of all notes.
    await panel.getByRole('button', { name: 'All notes' }).click();
    await expect(panel.locator('article.note-card')).toHaveCount(2);
    await expect(panel.getByText('2 shown')).toBeVisible();
    await expect(
      panel.locator('article.note-card').filter({ hasText: 'Text changed' }).locator('.note-where'),
    ).toHaveText(/ · \(III\)$/);
  });

  test('accepting the changed highlight takes it out of the queue and it is drawn on the new wording', async ({
    page,
  }) => {
    const app = await new FolioApp(page).open(server.url);
    await page.getByRole('button', { name: 'Notes · 2 to review' }).click();
    const panel = page.getByRole('dialog', { name: 'Notes' });
    const changed = panel.locator('article.note-card').filter({ hasText: 'Text changed' });
    await changed.getByRole('button', { name: 'Accept' }).click();
    await expect(panel.locator('article.note-card')).toHaveCount(1);
    await panel.getByRole('button', { name: 'All notes' }).click();
    await panel
      .locator('article.note-card')
      .filter({ hasText: 'definition' })
      .getByRole('button', { name: 'Open' })
      .click();
    await expect(app.reader.root.locator('mark.hl.hl-blue')).toContainText('cryptographic technology');
  });

  test('re-attaching the orphaned highlight: choose it in the queue, select new text, attach', async ({ page }) => {
    const app = await new FolioApp(page).open(server.url);
    await page.getByRole('button', { name: 'Notes · 1 to review' }).click();
    const panel = page.getByRole('dialog', { name: 'Notes' });
    await panel.getByRole('button', { name: 'Re-attach to selection' }).click();
    await expect(panel).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Select the new text for this note' })).toBeVisible();
    await expect(app.reader.title).toHaveText(seed.notice);
    const newText = 'The specific leading department is the local financial regulatory department';
    await select(page, newText);
    await page.getByRole('button', { name: 'Attach the note here' }).click();
    await expect(app.reader.root.locator('mark.hl.hl-green')).toHaveText(newText);
    await page.getByRole('button', { name: 'Notes', exact: true }).click();
    await panel.getByRole('button', { name: 'Review (0)' }).click();
    await expect(panel.getByText('Nothing waits for review.')).toBeVisible();
  });

  test('a selection across two adjacent passages is saved with offsets over each passage’s plain text', async ({
    page,
  }) => {
    await openNotice(page);
    const doc = await api().getDocument({ id: await noticeId() });
    const at = doc.passages.findIndex(
      (p, i) =>
        i > 0 && (p.refs ?? []).length === 0 && (doc.passages[i + 1]?.refs ?? []).length === 0 && p.text.length > 60,
    );
    const first = doc.passages[at];
    const second = doc.passages[at + 1];
    if (!first || !second) throw new Error('the notice has no two adjacent passages without links');
    const tail = first.text.slice(-25);
    const head = second.text.slice(0, 25);
    await selectAcross(page, { passageId: first.id, text: tail }, { passageId: second.id, text: head });
    await page.keyboard.press('h');
    await expect.poll(async () => (await api().listNotes({})).length, { timeout: 5_000 }).toBe(3);
    const saved = (await api().listNotes({})).find((n) => n.anchor?.endPassageId === second.id);
    expect(saved?.anchor).toMatchObject({
      passageId: first.id,
      endPassageId: second.id,
      start: first.text.length - 25,
      end: 25,
    });
  });

  test('b bookmarks the passage in view, and the passage says so', async ({ page }) => {
    const app = await openNotice(page);
    await expect(app.reader.root.locator('.bookmark-flag')).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(app.reader.root.locator('.bookmark-flag')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Bookmark added' })).toBeVisible();
  });

  test('a triple-clicked last paragraph is highlighted in its own passage only', async ({ page }) => {
    const app = await openNotice(page);
    const doc = await api().getDocument({ id: await noticeId() });
    const passage = doc.passages.find((p, i) => i > 2 && (p.refs ?? []).length === 0 && p.text.length > 60);
    if (!passage) throw new Error('the notice has no passage without links');
    const paragraph = app.reader.root.locator(`[id="${passage.id}"] p`).last();
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click({ clickCount: 3 });
    await page.keyboard.press('h');
    const lastLine = passage.text.slice(passage.text.lastIndexOf('\n') + 1);
    await expect
      .poll(async () => (await api().listNotes({})).find((n) => n.anchor?.passageId === passage.id)?.anchor)
      .toMatchObject({
        passageId: passage.id,
        endPassageId: passage.id,
        start: passage.text.length - lastLine.length,
        end: passage.text.length,
      });
  });

  test('find marks inside a highlight are still found, counted and numbered', async ({ page }) => {
    const app = await openNotice(page);
    const blue = app.reader.root.locator('mark.hl.hl-blue');
    await expect(blue.first()).toBeVisible();
    await app.pressShortcut('f');
    await app.reader.findInput.fill('cryptographic technology');
    await expect(app.reader.findCount).toHaveText('1 of 1');
    // The find mark sits inside the highlight, which keeps its whole text.
    await expect(blue.locator('mark.find')).toHaveText(['cryptographic technology']);
    // Cut into parts around the find mark, the highlight still reads as one sentence.
    expect((await blue.allTextContents()).join('')).toContain(
      'Tokenization of Real-World Assets refers to the use of cryptographic technology and distributed ledger',
    );
  });

  test('the notes views have no serious axe violation in Chinese and dark', async ({ page }) => {
    await setSettings(server, { uiLanguage: 'zh', theme: 'dark' });
    try {
      await page.goto(server.url);
      await expect(page.locator('.doc-list li').first()).toBeVisible();
      await page.getByRole('button', { name: '笔记', exact: true }).click();
      const panel = page.getByRole('dialog', { name: '笔记' });
      await expect(panel.locator('article.note-card').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await panel.getByRole('button', { name: '待复核（0）' }).click();
      await expect(panel.getByText('没有待复核的笔记。')).toBeVisible();
      await panel.getByRole('button', { name: '全部笔记' }).click();
      await panel.locator('article.note-card').first().getByRole('button', { name: '编辑' }).click();
      await expect(page.getByRole('dialog', { name: '编辑笔记' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await setSettings(server, { uiLanguage: 'en', theme: 'light' });
    }
  });
});
