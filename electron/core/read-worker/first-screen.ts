import type { DocumentReply } from '../../../shared/api';
import type { DocumentDetail } from '../../../shared/model';

/** A document whose passages hold fewer characters than this is sent whole: a window would save little. */
export const wholeDocumentChars = 48_000;
/** Passages kept above the one opened at: the screen may start a little before it. */
export const passagesBefore = 3;
/** Passages kept from the one opened at on, at most: more than a tall screen of short clauses. */
export const passagesAfter = 30;
/** Characters kept from the opened passage on: a few screens of text, then the window stops. */
export const screenChars = 16_000;

const charsOf = (doc: DocumentDetail) => doc.passages.reduce((sum, p) => sum + p.text.length, 0);

/**
 * The first screen of a long document: a few passages before `around` (the top when absent
 * or unknown), then passages until a few screens of text are in. A short document comes whole.
 */
export function firstScreenOf(doc: DocumentDetail, around?: string): DocumentReply {
  const total = doc.passages.length;
  if (charsOf(doc) < wholeDocumentChars) return doc;
  const at = Math.max(0, around === undefined ? 0 : doc.passages.findIndex((p) => p.id === around));
  const start = Math.max(0, at - passagesBefore);
  let end = at;
  let chars = 0;
  while (end < total && end - at < passagesAfter && chars < screenChars) {
    chars += doc.passages[end]!.text.length;
    end++;
  }
  if (start === 0 && end === total) return doc;
  return { ...doc, passages: doc.passages.slice(start, end), window: { start, total } };
}
