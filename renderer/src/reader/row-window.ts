/** The rows of a whole-rendered document that are in the page so far: [start, end). */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The first paint shows this many rows from the one the document opens at (more than a tall
 * screen holds): the passage a person asked for does not wait for hundreds of others.
 */
export const firstWindowRows = 24;
/** Rows above the one opened at that the first paint includes (a heading just above it). */
const firstWindowBefore = 2;
/**
 * Rows added on each side per frame after the first paint, until the whole document is in
 * the page: small steps, so typing or a click between them is not kept waiting.
 */
export const growRows = 32;

/** The first rows a whole-rendered document paints: a window from the row it opens at. */
export function firstWindow(total: number, openAt: number): RowWindow {
  const at = Math.max(0, Math.min(openAt, total - 1));
  const start = Math.max(0, Math.min(at - firstWindowBefore, total - firstWindowRows));
  return { start, end: Math.min(total, start + firstWindowRows) };
}

/** One step of growth: `growRows` more rows above and below. */
export function grownWindow(window: RowWindow, total: number): RowWindow {
  return { start: Math.max(0, window.start - growRows), end: Math.min(total, window.end + growRows) };
}

/** The window widened (at once) to hold a row asked for outside it, with a screen below it. */
export function windowHolding(window: RowWindow, total: number, row: number): RowWindow {
  if (row >= window.start && row < window.end) return window;
  const wanted = firstWindow(total, row);
  return { start: Math.min(window.start, wanted.start), end: Math.max(window.end, wanted.end) };
}

export const isWhole = (window: RowWindow, total: number) => window.start === 0 && window.end >= total;
