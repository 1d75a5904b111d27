import type { Block } from '../../blocks';
import type { PdfLine } from './lines';

/** A heading's font is at least this much larger than the body's. */
const headingRatio = 1.15;
/** A vertical gap this much larger than the usual line spacing ends a paragraph. */
const paragraphGap = 1.3;
/** A line ending this many font sizes short of the right edge may end a paragraph. */
const shortLine = 2;
/** A line (digits folded) at the top or bottom of at least this share of pages is a running header or footer. */
const runningShare = 0.5;
/** How many lines at each end of a page are looked at for running headers and footers. */
const edgeLines = 2;

/** A line that starts a clause: it always starts a paragraph, whatever the spacing. */
const clauseStart =
  /^(?:第[零〇一二三四五六七八九十百千两\d]+[条章节编](?:之[零〇一二三四五六七八九十百千两]+)?|(?:Article|ARTICLE|Art\.)\s*\d|§\s*\d|Chapter\s+[IVXLC\d]|CHAPTER\s+[IVXLC\d])/;
const pageNumber =
  /^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|page\s+\d+(?:\s+of\s+\d+)?|\d+\s*\/\s*\d+|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$/i;

const digitsFolded = (text: string) => text.replace(/\d+/g, '#');

/** Drops running headers and footers (the same line, numbers aside, at the edge of most pages) and page numbers. */
export function dropPageFurniture(pages: readonly PdfLine[][]): { lines: PdfLine[]; removed: number } {
  const counts = new Map<string, number>();
  const edges = pages.map((lines) => {
    const edge = new Set([...lines.slice(0, edgeLines), ...lines.slice(-edgeLines)]);
    for (const key of new Set([...edge].map((l) => digitsFolded(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
    return edge;
  });
  const running = (line: PdfLine) =>
    pages.length >= 2 && (counts.get(digitsFolded(line.text)) ?? 0) >= Math.max(2, pages.length * runningShare);
  const lines: PdfLine[] = [];
  let removed = 0;
  pages.forEach((page, i) => {
    for (const line of page) {
      const atEdge = edges[i]?.has(line) ?? false;
      if (atEdge && (running(line) || pageNumber.test(line.text))) removed++;
      else lines.push(line);
    }
  });
  return { lines, removed };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The font size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** Joins wrapped lines: nothing between CJK characters, a hyphenated word rejoined, else a space. */
export function joinLines(a: string, b: string): string {
  if (
    /[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFF60]$/.test(a) &&
    /^[\u2E80-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFF60]/.test(b)
  )
    return a + b;
  if (/[a-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/**
 * Lines → headings and paragraphs. Larger type is a heading (its level by size rank); a paragraph
 * ends at a larger gap than the usual line spacing, before a line that starts a clause (第X条,
 * Article N, §), or after a short line that ends a sentence. Wrapped lines are joined.
 */
export function blocksOf(lines: readonly PdfLine[]): Block[] {
  const body = bodySize(lines);
  const headingSizes = [
    ...new Set(lines.filter((l) => l.size >= body * headingRatio).map((l) => Math.round(l.size))),
  ].sort((a, b) => b - a);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as PdfLine;
    const b = lines[i] as PdfLine;
    if (a.page === b.page && a.size < body * headingRatio && b.size < body * headingRatio) gaps.push(a.y - b.y);
  }
  const spacing = median(gaps) || body * 1.5;
  const right = Math.max(...lines.map((l) => l.x1));
  const out: Block[] = [];
  let para = '';
  let heading: { text: string; size: number } | undefined;
  const flush = () => {
    if (heading)
      out.push({ type: 'heading', level: headingSizes.indexOf(Math.round(heading.size)) + 1, text: heading.text });
    else if (para) out.push({ type: 'para', text: para, blankBefore: true });
    para = '';
    heading = undefined;
  };
  let prev: PdfLine | undefined;
  for (const line of lines) {
    const isHeading = line.size >= body * headingRatio;
    if (isHeading) {
      if (heading && Math.round(heading.size) === Math.round(line.size) && prev?.page === line.page) {
        heading.text = joinLines(heading.text, line.text);
      } else {
        flush();
        heading = { text: line.text, size: line.size };
      }
      prev = line;
      continue;
    }
    if (heading) flush();
    const newParagraph =
      !prev ||
      clauseStart.test(line.text) ||
      (prev.page === line.page && prev.y - line.y > spacing * paragraphGap) ||
      (prev.x1 < right - prev.size * shortLine && /[。；;：:.!?！？”"]$/.test(para));
    if (newParagraph || para === '') {
      flush();
      para = line.text;
    } else {
      para = joinLines(para, line.text);
    }
    prev = line;
  }
  flush();
  return out;
}
