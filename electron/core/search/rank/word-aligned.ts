const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const han = /\p{Script=Han}/u;

/** True when position `i` is outside the text or holds something other than a Han character. */
function isEdge(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  // Surrogates belong to rare Han characters (extension B…): let the segmenter decide.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return !han.test(text[i]!);
}

/** How far around an occurrence the segmenter looks. */
const context = 8;

/**
 * True when a Chinese occurrence starts and ends on word boundaries as ICU's dictionary
 * segmenter sees the text around it: 央行 in "央行发布" is, in "中央行政" it is not.
 * Used for ranking only; matching stays a plain substring test.
 */
export function isWordAligned(text: string, start: number, end: number): boolean {
  // Punctuation, a space, a digit or a Latin letter on both sides is a boundary whatever
  // the dictionary says: no need to segment (most Chinese terms in headings, lists, quotes).
  if (isEdge(text, start - 1) && isEdge(text, end)) return true;
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const segments = segmenter.segment(text.slice(from, to));
  // A boundary at i: a segment starts there. The window's own edges are not evidence (a
  // word may run past them), except the text's start and the window's end.
  const boundaryAt = (i: number) => i === to - from || segments.containing(i)?.index === i;
  const startOk = start === 0 || (start > from && boundaryAt(start - from));
  return startOk && boundaryAt(end - from);
}
