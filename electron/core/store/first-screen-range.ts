/** A document whose passages hold fewer characters than this is sent whole: a window would save little. */
export const wholeDocumentChars = 48_000;
/** Passages kept above the one opened at: the screen may start a little before it. */
export const passagesBefore = 3;
/** Passages kept from the one opened at on, at most: more than a tall screen of short clauses. */
export const passagesAfter = 30;
/** Characters kept from the opened passage on: a few screens of text, then the window stops. */
export const screenChars = 16_000;

/**
 * Which passages make the first screen of a document whose passages have these text lengths,
 * opened at passage index `at` (the top when negative): [start, end), or null when the document
 * is short enough to come whole. getDocument and documentMarks cut the same window with it.
 */
export function firstScreenRange(lengths: readonly number[], at: number): { start: number; end: number } | null {
  const total = lengths.length;
  if (lengths.reduce((sum, length) => sum + length, 0) < wholeDocumentChars) return null;
  const from = Math.max(0, at);
  const start = Math.max(0, from - passagesBefore);
  let end = from;
  let chars = 0;
  while (end < total && end - from < passagesAfter && chars < screenChars) {
    chars += lengths[end]!;
    end++;
  }
  if (start === 0 && end === total) return null;
  return { start, end };
}
