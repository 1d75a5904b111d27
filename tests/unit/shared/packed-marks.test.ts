import { describe, expect, it } from 'vitest';
import type { HighlightMark } from '../../../shared/notes-model';
import { PackedMarksSchema, packMarks, unpackMarks } from '../../../shared/packed-marks';

const marks: HighlightMark[] = [
  {
    id: 'n1',
    kind: 'highlight',
    passageId: 'p2',
    endPassageId: 'p3',
    start: 4,
    end: 19,
    colour: 'green',
    status: 'moved',
    hasNote: true,
  },
  {
    id: 'n2',
    kind: 'bookmark',
    passageId: 'p1',
    endPassageId: 'p1',
    start: 0,
    end: 0,
    status: 'anchored',
    hasNote: false,
  },
  {
    id: 'n3',
    kind: 'highlight',
    passageId: 'p2',
    endPassageId: 'p2',
    start: 30,
    end: 41,
    colour: 'orange',
    status: 'changed',
    hasNote: false,
  },
];

describe('packed marks (documentMarks on the wire)', () => {
  it('hold each passage once and eight integers per mark, comma-separated', () => {
    expect(packMarks(marks)).toEqual({
      passages: ['p2', 'p3', 'p1'],
      ids: ['n1', 'n2', 'n3'],
      rows: '0,1,4,19,1,1,1,1,2,2,0,0,-1,0,0,0,0,0,30,41,5,2,1,0',
    });
  });

  it('pack no marks as empty lists', () => {
    expect(packMarks([])).toEqual({ passages: [], ids: [], rows: '' });
    expect(unpackMarks(PackedMarksSchema.parse({ passages: [], ids: [], rows: '' }))).toEqual([]);
  });

  it('unpack to the same marks, in order, a bookmark without a colour', () => {
    expect(unpackMarks(packMarks(marks))).toEqual(marks);
  });

  it('are refused by the schema when the rows do not fit the IDs', () => {
    const packed = packMarks(marks);
    expect(PackedMarksSchema.safeParse({ ...packed, rows: packed.rows.replace(/^0,/, '') }).success).toBe(false);
  });

  it('are refused by the schema when the rows are not a list of integers', () => {
    const packed = packMarks(marks);
    expect(PackedMarksSchema.safeParse({ ...packed, rows: packed.rows.replace('19', '1.5') }).success).toBe(false);
    expect(PackedMarksSchema.safeParse({ ...packed, rows: `${packed.rows},` }).success).toBe(false);
  });

  it('throw on unpacking an index outside its list', () => {
    const packed = packMarks(marks);
    expect(() => unpackMarks({ ...packed, passages: ['p2'] })).toThrow(RangeError);
  });
});
