import type { Page } from '@playwright/test';

/** How many hits make "the first screen" of results. */
export const firstScreenHits = 10;

/**
 * In the page: resolves with performance.now() in the first animation frame where `ready()`
 * holds, i.e. the frame that paints it.
 */
const waitForPaintSource = `
window.__folioPainted = (ready) => new Promise((resolve) => {
  // Checked once per frame (a scroll changes no DOM, so a MutationObserver would miss it);
  // a view that never arrives is a failed sample (NaN), not a hung benchmark.
  const started = performance.now();
  const tick = () => {
    if (ready()) resolve(performance.now());
    else if (performance.now() - started > 10000) resolve(Number.NaN);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
window.__folioLastKey = 0;
// A key without a keydown still counts: Chinese text arrives as input only (an IME commit, or
// Playwright's insertText for characters off the US keyboard), so beforeinput marks it too.
const markKey = () => { window.__folioLastKey = performance.now(); };
window.addEventListener('keydown', markKey, true);
window.addEventListener('beforeinput', markKey, true);
window.addEventListener('compositionend', markKey, true);
`;

export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(waitForPaintSource);
}

/**
 * Types the query into the search box (clearing it first) and returns milliseconds from the
 * last keypress to the first ten hits (or all, when fewer; or as many as fill the list, when it
 * shows fewer than ten; or the "no results" line) painted.
 */
export async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('#search-input');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('#search-hits [role="option"]'));
  const painted = page.evaluate(
    ({ q, n }) =>
      (window as unknown as { __folioPainted: (ready: () => boolean) => Promise<number> }).__folioPainted(() => {
        const list = document.getElementById('search-hits');
        if (!list || list.dataset.query !== q) return false;
        const options = list.querySelectorAll('[role="option"]');
        const shown = options.length;
        const header = document.querySelector('.results-count')?.textContent ?? '';
        const total = Number(/\d+/.exec(header)?.[0] ?? 'NaN');
        // A list shorter than ten rows shows its first screen once the rendered rows reach its bottom.
        const last = options[shown - 1]?.getBoundingClientRect();
        const screenFull = last !== undefined && last.bottom >= list.getBoundingClientRect().bottom;
        return (
          shown >= n ||
          screenFull ||
          (Number.isFinite(total) && shown >= Math.min(n, total)) ||
          total === 0 ||
          /No results/.test(header)
        );
      }),
    { q: query, n: firstScreenHits },
  );
  await input.pressSequentially(query, { delay: 0 });
  const end = await painted;
  const lastKey = await page.evaluate(() => (window as unknown as { __folioLastKey: number }).__folioLastKey);
  return end - lastKey;
}

/** How long a quick click holds the button down (the press comes this long before the click). */
export const pressMs = 80;

/** Milliseconds from a click on a hit to its passage painted, and from the press before it. */
export interface OpenTiming {
  fromClick: number;
  fromPress: number;
}

/**
 * Clicks the index-th hit the way a mouse does (press, hold `pressMs`, release, click) and returns
 * the time to its passage painted in the reader, from the click and from the press.
 */
export async function timeOpenHit(page: Page, index: number): Promise<OpenTiming | null> {
  const hit = page.locator(`#search-hits [role="option"][aria-posinset="${index + 1}"]`);
  if ((await hit.count()) === 0) return null;
  const passageId = await hit.getAttribute('data-passage-id');
  if (!passageId) return null;
  return page.evaluate(
    ({ id, posinset, hold }) => {
      const w = window as unknown as { __folioPainted: (ready: () => boolean) => Promise<number> };
      const target = document.querySelector<HTMLElement>(`#search-hits [role="option"][aria-posinset="${posinset}"]`);
      if (!target) return null;
      const painted = w.__folioPainted(() => {
        const el = document.getElementById(id);
        if (!el?.classList.contains('targeted')) return false;
        const box = el.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      });
      const mouse = {
        bubbles: true,
        cancelable: true,
        composed: true,
        button: 0,
        isPrimary: true,
        pointerType: 'mouse',
      };
      const pressed = performance.now();
      target.dispatchEvent(new PointerEvent('pointerdown', mouse));
      target.dispatchEvent(new MouseEvent('mousedown', mouse));
      return new Promise<{ fromClick: number; fromPress: number }>((resolve) => {
        setTimeout(() => {
          target.dispatchEvent(new PointerEvent('pointerup', mouse));
          target.dispatchEvent(new MouseEvent('mouseup', mouse));
          const clicked = performance.now();
          target.click();
          void painted.then((end) => resolve({ fromClick: end - clicked, fromPress: end - pressed }));
        }, hold);
      });
    },
    { id: passageId, posinset: index + 1, hold: pressMs },
  );
}

/** Opens a document by its address and returns milliseconds to its first screen of text painted. */
export async function timeOpenDocument(page: Page, docId: string): Promise<number> {
  return page.evaluate((id) => {
    const w = window as unknown as { __folioPainted: (ready: () => boolean) => Promise<number> };
    const painted = w.__folioPainted(() => {
      const doc = document.querySelector<HTMLElement>('section.document');
      return doc?.dataset.docId === id && doc.querySelector('.passage') !== null;
    });
    const start = performance.now();
    window.history.pushState(null, '', `#/doc/${encodeURIComponent(id)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return painted.then((end) => end - start);
  }, docId);
}

/** One search asked straight from the page, and the phases the bridge reported for it (Server-Timing). */
export interface ApiTiming {
  ms: number;
  /** Phase name → ms on the bridge: read (body), parse, call (validation + the core), json (serialising). */
  server: Record<string, number>;
}

/**
 * The same search as the UI's first page, asked straight from the page (HTTP, the core, JSON;
 * no React): the part of "keypress to hits" that is not the renderer's.
 */
export async function timeApiSearch(page: Page, query: string, limit: number): Promise<ApiTiming> {
  return page.evaluate(
    async ({ q, n }) => {
      const token = sessionStorage.getItem('folio.bridgeToken') ?? '';
      const start = performance.now();
      const reply = await fetch('/api/search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: q, limit: n }),
      });
      await reply.json();
      const ms = performance.now() - start;
      const server: Record<string, number> = {};
      for (const part of (reply.headers.get('server-timing') ?? '').split(',')) {
        const [name, dur] = part.trim().split(';dur=');
        if (name && dur) server[name] = Number(dur);
      }
      return { ms, server };
    },
    { q: query, n: limit },
  );
}
