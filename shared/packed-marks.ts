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

/** Integers separated by commas, or nothing. */
const integerList = /^(?:-?\d+(?:,-?\d+)*)?$/;

/** How many integers a comma-separated list holds. */
function integerCount(list: string): number {
  if (list === '') return 0;
  let count = 1;
  for (let at = list.indexOf(','); at !== -1; at = list.indexOf(',', at + 1)) count++;
  return count;
}

/**
 * A document's marks for the wire: a few flat lists instead of one object per mark, and the
 * integers as one comma-separated string. With 10,000 highlights that is one string to check,
 * copy between threads and parse, where an array of 80,000 numbers cost each step (and the
 * page's garbage collector) far more; the reader then opens such a document almost as fast as a bare one.
 */
export const PackedMarksSchema = z
  .object({
    /** The distinct passages the marks sit on. */
    passages: z.array(z.string()),
    /** Each mark's note ID, in order. */
    ids: z.array(z.string()),
    /** packedMarkFields integers per mark, comma-separated. */
    rows: z.string().regex(integerList),
  })
  .refine((packed) => integerCount(packed.rows) === packed.ids.length * packedMarkFields, {
    message: 'rows must hold packedMarkFields integers per mark',
  });
export type PackedMarks = z.infer<typeof PackedMarksSchema>;

/** The integers of `rows` (a list the schema accepted). */
export function packedRows(packed: PackedMarks): number[] {
  return packed.rows === '' ? [] : (JSON.parse(`[${packed.rows}]`) as number[]);
}

/**
 * Numbers passages in the order they are first met, for the `passages` list of packed marks:
 * `indexOf` gives a passage its number (a new one the first time), `list` the passages in order.
 */
export function passageNumbering(): { indexOf: (passageId: string) => number; list: () => string[] } {
  const numbers = new Map<string, number>();
  return {
    indexOf(passageId) {
      let number = numbers.get(passageId);
      if (number === undefined) {
        number = numbers.size;
        numbers.set(passageId, number);
      }
      return number;
    },
    list: () => [...numbers.keys()],
  };
}

export function packMarks(marks: readonly HighlightMark[]): PackedMarks {
  const passages = passageNumbering();
  const indexOf = passages.indexOf;
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
  return { passages: passages.list(), ids: marks.map((mark) => mark.id), rows: rows.join(',') };
}

/** An entry of `list`; an index outside it (a reply that does not fit) throws. */
export function packedEntry<T>(list: readonly T[], index: number | undefined): T {
  const value = index === undefined ? undefined : list[index];
  if (value === undefined) throw new RangeError(`packed marks: index ${index} is outside its list`);
  return value;
}

/** The marks again; an index outside its list (a reply that does not fit) throws. */
export function unpackMarks(packed: PackedMarks): HighlightMark[] {
  const rows = packedRows(packed);
  return packed.ids.map((id, i) => {
    const row = rows.slice(i * packedMarkFields, (i + 1) * packedMarkFields);
    const colour = row[4] === -1 ? undefined : HighlightColourSchema.parse(packedEntry(highlightColours, row[4]));
    return {
      id,
      kind: packedEntry(kinds, row[6]),
      passageId: packedEntry(packed.passages, row[0]),
      endPassageId: packedEntry(packed.passages, row[1]),
      start: row[2] ?? 0,
      end: row[3] ?? 0,
      ...(colour ? { colour } : {}),
      status: packedEntry(statuses, row[5]),
      hasNote: row[7] === 1,
    };
  });
}
