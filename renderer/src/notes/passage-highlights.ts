import {
  type HighlightColour,
  type HighlightMark,
  highlightColours,
  NoteKindSchema,
} from '../../../shared/notes-model';
import { type PackedMarks, packedEntry, packedMarkFields, packedRows } from '../../../shared/packed-marks';
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

/** Where a document's marks are being gathered, per passage, with its passages' reading order. */
class PassageMarksBuilder {
  readonly out = new Map<string, PassageMarks>();
  private readonly index: Map<string, number>;

  constructor(
    private readonly order: readonly string[],
    private readonly lengthOf: (passageId: string) => number,
  ) {
    this.index = new Map(order.map((id, i) => [id, i]));
  }

  private entry(id: string): PassageMarks {
    let e = this.out.get(id);
    if (!e) {
      e = { highlights: [], bookmarks: [] };
      this.out.set(id, e);
    }
    return e;
  }

  bookmark(id: string, passageId: string): void {
    this.entry(passageId).bookmarks.push(id);
  }

  /** A highlight across adjacent passages covers the end of its first, any between, and the start of its last. */
  highlight(
    id: string,
    passageId: string,
    endPassageId: string,
    start: number,
    end: number,
    colour: HighlightColour,
    hasNote: boolean,
  ): void {
    const first = this.index.get(passageId);
    const last = this.index.get(endPassageId);
    if (first === undefined || last === undefined || last < first) return;
    for (let i = first; i <= last; i++) {
      const passage = this.order[i] as string;
      const from = i === first ? start : 0;
      const to = i === last ? end : this.lengthOf(passage);
      if (to > from)
        this.entry(passage).highlights.push({ id, start: from, end: to, colour, hasNote, head: i === first });
    }
  }
}

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
  const builder = new PassageMarksBuilder(order, lengthOf);
  for (const mark of marks) {
    if (mark.kind === 'bookmark') builder.bookmark(mark.id, mark.passageId);
    else
      builder.highlight(
        mark.id,
        mark.passageId,
        mark.endPassageId,
        mark.start,
        mark.end,
        mark.colour ?? defaultColour,
        mark.hasNote,
      );
  }
  return builder.out;
}

const bookmarkKind = NoteKindSchema.options.indexOf('bookmark');

/**
 * The same from the packed wire form, without a mark object per note in between (a document
 * with 10,000 highlights is drawn from its packed marks straight away). A reply that does not fit throws.
 */
export function packedMarksByPassage(
  packed: PackedMarks,
  order: readonly string[],
  lengthOf: (passageId: string) => number,
): Map<string, PassageMarks> {
  const builder = new PassageMarksBuilder(order, lengthOf);
  const rows = packedRows(packed);
  packed.ids.forEach((id, i) => {
    const at = i * packedMarkFields;
    const passageId = packedEntry(packed.passages, rows[at]);
    if (rows[at + 6] === bookmarkKind) {
      builder.bookmark(id, passageId);
      return;
    }
    const colour = rows[at + 4] === -1 ? defaultColour : packedEntry(highlightColours, rows[at + 4]);
    builder.highlight(
      id,
      passageId,
      packedEntry(packed.passages, rows[at + 1]),
      rows[at + 2] ?? 0,
      rows[at + 3] ?? 0,
      colour,
      rows[at + 7] === 1,
    );
  });
  return builder.out;
}

function sameHighlight(a: LocalHighlight, b: LocalHighlight): boolean {
  return (
    a.id === b.id &&
    a.start === b.start &&
    a.end === b.end &&
    a.colour === b.colour &&
    a.hasNote === b.hasNote &&
    a.head === b.head
  );
}

function samePassageMarks(a: PassageMarks, b: PassageMarks): boolean {
  return (
    a.highlights.length === b.highlights.length &&
    a.bookmarks.length === b.bookmarks.length &&
    a.highlights.every((h, i) => sameHighlight(h, b.highlights[i] as LocalHighlight)) &&
    a.bookmarks.every((id, i) => id === b.bookmarks[i])
  );
}

/**
 * `next`, with each passage's marks that did not change replaced by the object `previous` held:
 * after an edit, only the passages whose marks changed get new props, so only their rows redraw.
 */
export function keepUnchanged(
  previous: ReadonlyMap<string, PassageMarks>,
  next: Map<string, PassageMarks>,
): Map<string, PassageMarks> {
  for (const [id, marks] of next) {
    const before = previous.get(id);
    if (before && before !== marks && samePassageMarks(before, marks)) next.set(id, before);
  }
  return next;
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
