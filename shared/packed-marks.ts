import { z } from 'zod';
import {
  AnchorStatusSchema,
  HighlightColourSchema,
  type HighlightMark,
  highlightColours,
  NoteKindSchema,
} from './notes-model';

/**
 * Integers per mark in `rows`: passage index, end passage index, start, end, colour index
 * (-1: none), status index, kind index, has a note (0/1). Indexes point into `passages` and
 * into the enums' options.
 */
export const packedMarkFields = 8;

const statuses = AnchorStatusSchema.options;
const kinds = NoteKindSchema.options;

/**
 * A document's marks for the wire: a few flat arrays instead of one object per mark. With 10,000
 * highlights this is a third of the bytes, and the page's schema check of plain arrays costs far
 * less than of 10,000 objects (the reader opens such a document almost as fast as a bare one).
 */
export const PackedMarksSchema = z
  .object({
    /** The distinct passages the marks sit on. */
    passages: z.array(z.string()),
    /** Each mark's note ID, in order. */
    ids: z.array(z.string()),
    rows: z.array(z.number().int()),
  })
  .refine((packed) => packed.rows.length === packed.ids.length * packedMarkFields, {
    message: 'rows must hold packedMarkFields integers per mark',
  });
export type PackedMarks = z.infer<typeof PackedMarksSchema>;

export function packMarks(marks: readonly HighlightMark[]): PackedMarks {
  const passageIndex = new Map<string, number>();
  const indexOf = (passageId: string): number => {
    let index = passageIndex.get(passageId);
    if (index === undefined) {
      index = passageIndex.size;
      passageIndex.set(passageId, index);
    }
    return index;
  };
  const rows: number[] = [];
  for (const mark of marks) {
    rows.push(
      indexOf(mark.passageId),
      indexOf(mark.endPassageId),
      mark.start,
      mark.end,
      mark.colour ? highlightColours.indexOf(mark.colour) : -1,
      statuses.indexOf(mark.status),
      kinds.indexOf(mark.kind),
      mark.hasNote ? 1 : 0,
    );
  }
  return { passages: [...passageIndex.keys()], ids: marks.map((mark) => mark.id), rows };
}

/** The marks again; an index outside its list (a reply that does not fit) throws. */
export function unpackMarks(packed: PackedMarks): HighlightMark[] {
  const at = <T>(list: readonly T[], index: number | undefined): T => {
    const value = index === undefined ? undefined : list[index];
    if (value === undefined) throw new RangeError(`packed marks: index ${index} is outside its list`);
    return value;
  };
  return packed.ids.map((id, i) => {
    const row = packed.rows.slice(i * packedMarkFields, (i + 1) * packedMarkFields);
    const colour = row[4] === -1 ? undefined : HighlightColourSchema.parse(at(highlightColours, row[4]));
    return {
      id,
      kind: at(kinds, row[6]),
      passageId: at(packed.passages, row[0]),
      endPassageId: at(packed.passages, row[1]),
      start: row[2] ?? 0,
      end: row[3] ?? 0,
      ...(colour ? { colour } : {}),
      status: at(statuses, row[5]),
      hasNote: row[7] === 1,
    };
  });
}
