import type { HighlightColour, HighlightMark } from '../../../shared/notes-model';
import type { LocalHighlight } from './highlight-segments';

/** The colour a highlight drawn without one gets (the core's default too). */
export const defaultColour: HighlightColour = 'yellow';

/** What the reader draws on one passage: its highlights (in passage-text offsets) and whether it is bookmarked. */
export interface PassageMarks {
  highlights: LocalHighlight[];
  bookmarks: string[];
}

const empty: PassageMarks = { highlights: [], bookmarks: [] };
export const noPassageMarks: PassageMarks = empty;

/**
 * Spreads a document's marks over its passages: a highlight across adjacent passages covers
 * the end of its first passage, any passages between, and the start of its last.
 * `order` is the document's passage ids in reading order; `lengthOf` a passage's text length.
 */
export function marksByPassage(
  marks: readonly HighlightMark[],
  order: readonly string[],
  lengthOf: (passageId: string) => number,
): Map<string, PassageMarks> {
  const index = new Map(order.map((id, i) => [id, i]));
  const out = new Map<string, PassageMarks>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) {
      e = { highlights: [], bookmarks: [] };
      out.set(id, e);
    }
    return e;
  };
  for (const mark of marks) {
    if (mark.kind === 'bookmark') {
      entry(mark.passageId).bookmarks.push(mark.id);
      continue;
    }
    const first = index.get(mark.passageId);
    const last = index.get(mark.endPassageId);
    if (first === undefined || last === undefined || last < first) continue;
    for (let i = first; i <= last; i++) {
      const id = order[i] as string;
      const start = i === first ? mark.start : 0;
      const end = i === last ? mark.end : lengthOf(id);
      if (end > start) {
        entry(id).highlights.push({
          id: mark.id,
          start,
          end,
          colour: mark.colour ?? defaultColour,
          hasNote: mark.hasNote,
          head: i === first,
        });
      }
    }
  }
  return out;
}

/** The highlights inside [start, end) of a passage's text, shifted to that piece's offsets. */
export function clipHighlights(highlights: readonly LocalHighlight[], start: number, end: number): LocalHighlight[] {
  return highlights
    .filter((h) => h.end > start && h.start < end)
    .map((h) => ({
      ...h,
      start: Math.max(h.start, start) - start,
      end: Math.min(h.end, end) - start,
      head: h.head === true && h.start >= start,
    }));
}
