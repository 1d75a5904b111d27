import { foldCjkLookalikes } from './fold-cjk';

/** A pdf.js text item, as much of it as the layout needs. */
export interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** One printed line: its text and where it sits on the page (PDF units, y up). */
export interface PdfLine {
  text: string;
  page: number;
  x0: number;
  x1: number;
  y: number;
  /** Font size (the line's largest). */
  size: number;
}

const wide = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F]/;

/** Items on one baseline (within this share of the font size) are one line. */
const sameLine = 0.5;
/** A horizontal gap wider than this share of the font size between two items is a space. */
const spaceGap = 0.2;

/**
 * A page's text items → lines in reading order (top to bottom, left to right), with spaces put
 * back where items are apart (never between two CJK characters) and CJK look-alikes folded.
 */
export function linesOf(items: readonly PdfItem[], page: number): PdfLine[] {
  const kept = items.filter((i) => i.str.length > 0 && i.transform.length >= 6);
  const rows: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const item of kept) {
    const y = item.transform[5] as number;
    const size = Math.max(item.height, Math.abs(item.transform[3] as number), 1);
    const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.size, size) * sameLine);
    if (row) {
      row.items.push(item);
      row.size = Math.max(row.size, size);
    } else {
      rows.push({ y, size, items: [item] });
    }
  }
  rows.sort((a, b) => b.y - a.y);
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row.items) {
      const x = item.transform[4] as number;
      const str = item.str;
      const prev = text[text.length - 1] ?? '';
      const gap = x - end;
      if (
        text &&
        gap > row.size * spaceGap &&
        prev !== ' ' &&
        !str.startsWith(' ') &&
        !(wide.test(prev) && wide.test(str[0] ?? ''))
      )
        text += ' ';
      text += str;
      end = Math.max(end, x + item.width);
    }
    const clean = foldCjkLookalikes(text).replace(/\s+/g, ' ').trim();
    if (clean === '') continue;
    const x0 = row.items[0]?.transform[4] as number;
    lines.push({ text: clean, page, x0, x1: end, y: row.y, size: row.size });
  }
  return lines;
}
