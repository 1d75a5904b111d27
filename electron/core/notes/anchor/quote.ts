import type { TextQuote } from '../../../../shared/notes-model';

/** Context kept either side of a quote (Hypothesis and the W3C examples use about 32). */
export const contextLength = 32;

/** The TextQuote for `[start, end)` of `text`. */
export function quoteAt(text: string, start: number, end: number): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
  };
}
