import type { DocumentReply } from '../../../shared/api';
import type { DocumentDetail } from '../../../shared/model';
import { firstScreenRange } from '../store/first-screen-range';

/**
 * The first screen of a long document: a few passages before `around` (the top when absent
 * or unknown), then passages until a few screens of text are in. A short document comes whole.
 */
export function firstScreenOf(doc: DocumentDetail, around?: string): DocumentReply {
  const at = around === undefined ? 0 : doc.passages.findIndex((p) => p.id === around);
  const range = firstScreenRange(
    doc.passages.map((p) => p.text.length),
    at,
  );
  if (!range) return doc;
  return {
    ...doc,
    passages: doc.passages.slice(range.start, range.end),
    window: { start: range.start, total: doc.passages.length },
  };
}
