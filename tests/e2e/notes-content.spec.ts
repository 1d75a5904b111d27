import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DocumentDetail, Passage } from '../../shared/model';
import type { Note } from '../../shared/notes-model';
import { corpusPath, hasCorpus, noCorpusReason } from '../support/corpus';
import { FolioApp } from './pages/FolioApp';
import { bridgeApi } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// The APISIX limit-count plugin page: its attributes are a table, its response headers a list
// (../shared/corpus/api-docs, see SOURCES.md there).
const limitCount = corpusPath('api-docs', 'apache-apisix', 'docs', 'en', 'latest', 'plugins', 'limit-count.md');
const cellText = 'The window algorithm used by the plugin.';
const itemText = 'the remaining quota';
const drawnText = 'number of seconds left for the counter to reset';

let server: RunningServer;
let doc: DocumentDetail;

const api = () => bridgeApi(server);

/** The passage whose text holds `needle`, and where. */
function passageWith(needle: string): { passage: Passage; start: number } {
  const passage = doc.passages.find((p) => p.content && p.text.includes(needle));
  if (!passage) throw new Error(`no shaped passage holds “${needle}”`);
  return { passage, start: passage.text.indexOf(needle) };
}

/** Selects `text` inside the element matching `within` in the reader, as a user's drag would. */
async function select(page: Page, within: string, text: string): Promise<void> {
  const found = await page.evaluate(
    ({ within, text }) => {
      for (const el of document.querySelectorAll(`.reader-pane ${within}`)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue?.indexOf(text) ?? -1;
          if (at < 0) continue;
          node.parentElement?.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          return true;
        }
      }
      return false;
    },
    { within, text },
  );
  expect(found).toBe(true);
}

async function openPage(page: Page): Promise<void> {
  await new FolioApp(page).open(server.url);
  await page.evaluate((id) => {
    window.location.hash = `#/doc/${id}`;
  }, doc.id);
  await expect(page.locator('.reader-pane .content-table').first()).toBeVisible();
}

async function highlights(): Promise<Note[]> {
  return (await api().listNotes({ docId: doc.id })).filter((n) => n.kind === 'highlight');
}

test.describe('highlights on shaped passages (tables, lists, code)', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!hasCorpus, noCorpusReason);

  test.beforeAll(async () => {
    server = await startFolioServer({ allow: [path.dirname(limitCount)] });
    const { jobId } = await api().startImport({ paths: [limitCount] });
    await expect.poll(async () => (await api().importStatus({ jobId })).state, { timeout: 30_000 }).not.toBe('running');
    const docs = await api().listDocuments({});
    const summary = docs.find((d) => d.sourceName === 'limit-count.md');
    if (!summary) throw new Error('limit-count.md was not imported');
    doc = await api().getDocument({ id: summary.id });
  });
  test.afterAll(async () => {
    await stopFolioServer(server?.child.pid, server?.dataDir);
  });

  test('a highlight stored on a list item is drawn inside that item', async ({ page }) => {
    const { passage, start } = passageWith(drawnText);
    await api().addHighlight({
      docId: doc.id,
      passageId: passage.id,
      start,
      end: start + drawnText.length,
      colour: 'purple',
      note: 'Explain the reset header in the session',
    });
    await openPage(page);
    const mark = page.locator('.reader-pane li mark.hl-purple');
    await expect(mark).toHaveText(drawnText);
    // Named by its text until the keyboard reaches it; then by its note's first words too.
    await expect(mark.getByRole('button')).toHaveAccessibleName(`Purple highlight with a note: ${drawnText}`);
    await mark.getByRole('button').focus();
    await expect(mark.getByRole('button')).toHaveAccessibleName(
      `Purple highlight, note “Explain the reset header in the…”: ${drawnText}`,
    );
  });

  test('selecting a table cell’s text and pressing 2 highlights exactly that text, drawn in the cell', async ({
    page,
  }) => {
    await openPage(page);
    await select(page, 'td', cellText);
    await page.keyboard.press('2');
    await expect(page.locator('.reader-pane td mark.hl-green')).toHaveText(cellText);
    const { passage, start } = passageWith(cellText);
    const note = (await highlights()).find((n) => n.colour === 'green');
    expect([note?.anchor?.passageId, note?.anchor?.start, note?.anchor?.end]).toEqual([
      passage.id,
      start,
      start + cellText.length,
    ]);
    expect(note?.quote?.exact).toBe(cellText);
  });

  test('selecting words in a list item highlights them at their plain-text offsets', async ({ page }) => {
    await openPage(page);
    await select(page, 'li', itemText);
    await page.keyboard.press('3');
    await expect(page.locator('.reader-pane li mark.hl-blue')).toHaveText(itemText);
    const { passage, start } = passageWith(itemText);
    const note = (await highlights()).find((n) => n.colour === 'blue');
    expect([note?.anchor?.passageId, note?.anchor?.start, note?.anchor?.end]).toEqual([
      passage.id,
      start,
      start + itemText.length,
    ]);
  });

  test('Tab reaches a highlight; Enter opens its note; Delete removes it and Undo brings it back', async ({ page }) => {
    await openPage(page);
    const head = page.locator('.reader-pane td mark.hl-green').getByRole('button');
    await expect(head).toHaveAccessibleName(`Green highlight: ${cellText}`);
    // From the start of the table's passage, Tab walks its controls (links' Copy buttons) to the highlight.
    await head.evaluate((el) => el.closest<HTMLElement>('article.passage')?.focus());
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await head.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Edit note' });
    await expect(editor).toBeVisible();
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await head.focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('.reader-pane td mark.hl-green')).toHaveCount(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.reader-pane td mark.hl-green')).toHaveText(cellText);

    // P on a focused highlight puts the highlight itself in the pack.
    await head.focus();
    await page.keyboard.press('p');
    const green = (await highlights()).find((n) => n.colour === 'green');
    await expect
      .poll(async () => (await api().listPacks({}))[0]?.items.map((i) => [i.kind, i.noteId]))
      .toEqual([['note', green?.id]]);
  });

  test('find marks still land inside a highlighted cell, and the reader has no serious axe violation', async ({
    page,
  }) => {
    await openPage(page);
    await page.keyboard.press('ControlOrMeta+f');
    await page.keyboard.type('window algorithm');
    await expect(page.locator('.reader-pane td mark.hl-green mark.find')).toHaveText('window algorithm');
    await page.keyboard.press('Escape');
    const results = await new AxeBuilder({ page }).include('.reader-pane').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
    expect(serious).toEqual([]);
  });

  test('the selection toolbar’s buttons take Tab in the order they are shown', async ({ page }) => {
    await openPage(page);
    await select(page, 'li', 'the total quota');
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
    const buttons = toolbar.getByRole('button');
    await buttons.first().focus();
    const names: string[] = [];
    const boxes: { x: number; y: number }[] = [];
    for (let i = 0; i < (await buttons.count()); i++) {
      const focused = toolbar.locator(':focus');
      names.push((await focused.getAttribute('aria-label')) ?? (await focused.innerText()));
      const box = await focused.boundingBox();
      boxes.push({ x: box?.x ?? -1, y: box?.y ?? -1 });
      await page.keyboard.press('Tab');
    }
    expect(names).toEqual([
      'Highlight in Yellow (key 1)',
      'Highlight in Green (key 2)',
      'Highlight in Blue (key 3)',
      'Highlight in Pink (key 4)',
      'Highlight in Purple (key 5)',
      'Highlight in Orange (key 6)',
      'Note…',
      'Bookmark passage',
      'Add to pack',
    ]);
    // Each button is right of the one before it, or starts a lower row.
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1], boxes[i]] as [{ x: number; y: number }, { x: number; y: number }];
      expect(b.x > a.x || b.y > a.y).toBe(true);
    }
  });

  test('a selection over a link in a cell quotes the passage text (no URL, no Copy button) and saves its offsets', async ({
    page,
  }) => {
    await openPage(page);
    const from = 'Supports ';
    const to = ' from APISIX 3.16.0.';
    const found = await page.evaluate(
      ({ from, to }) => {
        const cell = [...document.querySelectorAll('.reader-pane td')].find(
          (td) => td.textContent?.includes(from) && td.textContent.includes(to),
        );
        if (!cell) return false;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? '';
          if (!started && value.includes(from)) {
            range.setStart(node, value.indexOf(from));
            started = true;
          } else if (started && value.includes(to)) {
            range.setEnd(node, value.indexOf(to) + ' from APISIX'.length);
            window.getSelection()?.removeAllRanges();
            window.getSelection()?.addRange(range);
            return true;
          }
        }
        return false;
      },
      { from, to },
    );
    expect(found).toBe(true);
    await page.keyboard.press('n');
    const editor = page.getByRole('dialog', { name: 'New highlight' });
    await expect(editor.locator('blockquote')).toHaveText('Supports lua-resty-expr from APISIX');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    const quote = 'Supports lua-resty-expr from APISIX';
    const saved = (await highlights()).find((n) => n.quote?.exact === quote);
    const passage = doc.passages.find((p) => p.id === saved?.anchor?.passageId);
    expect(passage?.text.slice(saved?.anchor?.start, saved?.anchor?.end)).toBe(quote);
  });
});
