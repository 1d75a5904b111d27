const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** How far around an occurrence the segmenter looks. */
const context = 8;

/**
 * True when a Chinese occurrence starts and ends on word boundaries as ICU's dictionary
 * segmenter sees the text around it: 央行 in "央行发布" is, in "中央行政" it is not.
 * Used for ranking only; matching stays a plain substring test.
 */
export function isWordAligned(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const boundaries = new Set<number>([from, to]);
  for (const s of segmenter.segment(text.slice(from, to))) {
    boundaries.add(from + s.index);
    boundaries.add(from + s.index + s.segment.length);
  }
  // The window's own edges are not evidence: a word may run past them.
  const startOk = start === from ? start === 0 || boundaries.has(start) : boundaries.has(start);
  const endOk = boundaries.has(end);
  return startOk && endOk;
}
