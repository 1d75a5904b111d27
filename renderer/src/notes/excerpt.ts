import type { Range } from '../text/ranges';

/** Characters of context kept on each side of a marked range in the review queue. */
const contextChars = 160;

/** A piece of a passage around a range, with the range in the piece's offsets. */
export interface Excerpt {
  text: string;
  ranges: Range[];
}

/**
 * The part of a passage worth reading beside a note: the range with up to `contextChars`
 * either side, cut at line breaks, with "…" where text was left out. Without a range, the start.
 */
export function excerptAround(text: string, start: number | undefined, end: number | undefined): Excerpt {
  const hasRange = start !== undefined && end !== undefined && end > start && end <= text.length;
  const from = hasRange ? start : 0;
  const to = hasRange ? end : 0;
  let left = Math.max(0, from - contextChars);
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (lineStart > left) left = lineStart;
  let right = Math.min(text.length, to + contextChars);
  const lineEnd = text.indexOf('\n', to);
  if (lineEnd >= 0 && lineEnd < right) right = lineEnd;
  const before = left > 0 ? '…' : '';
  const after = right < text.length ? '…' : '';
  const shift = left - before.length;
  return {
    text: `${before}${text.slice(left, right)}${after}`,
    ranges: hasRange ? [[from - shift, to - shift]] : [],
  };
}
