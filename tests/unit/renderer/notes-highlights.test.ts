import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../renderer/src/notes/excerpt';
import { highlightSegments, type LocalHighlight } from '../../../renderer/src/notes/highlight-segments';
import {
  clipHighlights,
  keepUnchanged,
  marksByPassage,
  packedMarksByPassage,
} from '../../../renderer/src/notes/passage-highlights';
import { parseTags } from '../../../renderer/src/notes/tags';
import type { HighlightMark } from '../../../shared/notes-model';
import { packMarks } from '../../../shared/packed-marks';

const light = (id: string, start: number, end: number): LocalHighlight => ({
  id,
  start,
  end,
  colour: 'green',
  hasNote: false,
});

describe('highlightSegments', () => {
  it('cuts at every find mark and highlight edge, and the segments cover the text once', () => {
    const segments = highlightSegments(20, [[5, 10]], [light('a', 8, 15)]);
    expect(segments.map((s) => [s.start, s.end, s.mark, s.markStart, s.highlight?.id ?? null])).toEqual([
      [0, 5, -1, false, null],
      [5, 8, 0, true, null],
      [8, 10, 0, false, 'a'],
      [10, 15, -1, false, 'a'],
      [15, 20, -1, false, null],
    ]);
  });

  it('shows the later-starting highlight where two overlap', () => {
    const segments = highlightSegments(10, [], [light('outer', 0, 10), light('inner', 3, 6)]);
    expect(segments.map((s) => [s.start, s.end, s.highlight?.id])).toEqual([
      [0, 3, 'outer'],
      [3, 6, 'inner'],
      [6, 10, 'outer'],
    ]);
  });

  it('clamps a highlight that runs past the text', () => {
    const segments = highlightSegments(4, [], [light('a', 2, 9)]);
    expect(segments.map((s) => [s.start, s.end, s.highlight?.id ?? null])).toEqual([
      [0, 2, null],
      [2, 4, 'a'],
    ]);
  });
});

const mark = (over: Partial<HighlightMark>): HighlightMark => ({
  id: 'n1',
  kind: 'highlight',
  passageId: 'p1',
  endPassageId: 'p1',
  start: 0,
  end: 1,
  status: 'anchored',
  hasNote: false,
  ...over,
});

describe('marksByPassage', () => {
  const lengths: Record<string, number> = { p1: 30, p2: 40, p3: 50 };
  const lengthOf = (id: string) => lengths[id] ?? 0;

  it('spreads a highlight across adjacent passages: end of the first, all between, start of the last', () => {
    const out = marksByPassage(
      [mark({ passageId: 'p1', endPassageId: 'p3', start: 25, end: 7, colour: 'blue' })],
      ['p1', 'p2', 'p3'],
      lengthOf,
    );
    expect(
      [...out.entries()].map(([id, m]) => [id, m.highlights.map((h) => [h.start, h.end, h.colour, h.head])]),
    ).toEqual([
      ['p1', [[25, 30, 'blue', true]]],
      ['p2', [[0, 40, 'blue', false]]],
      ['p3', [[0, 7, 'blue', false]]],
    ]);
  });

  it('lists bookmarks on their passage and gives a colourless highlight yellow', () => {
    const out = marksByPassage(
      [mark({ id: 'b', kind: 'bookmark', passageId: 'p2', endPassageId: 'p2' }), mark({ id: 'h', start: 2, end: 4 })],
      ['p1', 'p2'],
      lengthOf,
    );
    expect([out.get('p2')?.bookmarks, out.get('p1')?.highlights[0]?.colour]).toEqual([['b'], 'yellow']);
  });

  it('skips a mark on a passage the document no longer has', () => {
    expect(marksByPassage([mark({ passageId: 'gone', endPassageId: 'gone' })], ['p1'], lengthOf).size).toBe(0);
  });
});

describe('packedMarksByPassage', () => {
  const lengths: Record<string, number> = { p1: 30, p2: 40, p3: 50 };
  const lengthOf = (id: string) => lengths[id] ?? 0;
  const marks = [
    mark({ id: 'across', passageId: 'p1', endPassageId: 'p3', start: 25, end: 7, colour: 'blue', hasNote: true }),
    mark({ id: 'b', kind: 'bookmark', passageId: 'p2', endPassageId: 'p2', end: 0 }),
    mark({ id: 'plain', passageId: 'p2', endPassageId: 'p2', start: 3, end: 9 }),
    mark({ id: 'gone', passageId: 'p9', endPassageId: 'p9' }),
  ];

  it('draws from the packed form exactly what marksByPassage draws from the marks', () => {
    const order = ['p1', 'p2', 'p3'];
    expect(packedMarksByPassage(packMarks(marks), order, lengthOf)).toEqual(marksByPassage(marks, order, lengthOf));
  });

  it('throws on a packed reply whose passage index is outside its list', () => {
    const packed = packMarks(marks);
    expect(() => packedMarksByPassage({ ...packed, passages: ['p1'] }, ['p1'], lengthOf)).toThrow(RangeError);
  });
});

describe('keepUnchanged', () => {
  const lengthOf = () => 40;
  const order = ['p1', 'p2'];

  it('keeps the previous object for a passage whose marks did not change, and takes the new one where they did', () => {
    const before = marksByPassage(
      [mark({ id: 'a', passageId: 'p1' }), mark({ id: 'b', passageId: 'p2', endPassageId: 'p2' })],
      order,
      lengthOf,
    );
    const after = keepUnchanged(
      before,
      marksByPassage(
        [mark({ id: 'a', passageId: 'p1' }), mark({ id: 'b', passageId: 'p2', endPassageId: 'p2', colour: 'blue' })],
        order,
        lengthOf,
      ),
    );
    expect(after.get('p1')).toBe(before.get('p1'));
    expect(after.get('p2')).not.toBe(before.get('p2'));
    expect(after.get('p2')?.highlights[0]?.colour).toBe('blue');
  });
});

describe('clipHighlights', () => {
  it('keeps the part inside a paragraph, in the paragraph’s offsets', () => {
    expect(clipHighlights([light('a', 5, 25), light('b', 40, 45)], 10, 30)).toEqual([
      { ...light('a', 0, 15), head: false },
    ]);
  });

  it('says which piece holds a highlight’s first character (the one the keyboard reaches)', () => {
    const h = { ...light('a', 12, 25), head: true };
    expect(clipHighlights([h], 0, 10)).toEqual([]);
    expect(clipHighlights([h], 10, 20).map((x) => [x.start, x.end, x.head])).toEqual([[2, 10, true]]);
    expect(clipHighlights([h], 20, 30).map((x) => [x.start, x.end, x.head])).toEqual([[0, 5, false]]);
  });
});

describe('parseTags', () => {
  it('splits on commas (also Chinese ones), trims and drops repeats', () => {
    expect(parseTags(' kyc, 反洗钱，kyc 、 training ,')).toEqual(['kyc', '反洗钱', 'training']);
  });
});

describe('excerptAround', () => {
  it('keeps the marked range with context, cut at line breaks, and moves the range with it', () => {
    const text = `first line\n${'a'.repeat(200)}MARK${'b'.repeat(200)}\nlast line`;
    const start = text.indexOf('MARK');
    const excerpt = excerptAround(text, start, start + 4);
    expect(excerpt.text).toBe(`…${'a'.repeat(160)}MARK${'b'.repeat(160)}…`);
    expect(excerpt.ranges).toEqual([[161, 165]]);
  });

  it('stops at the line holding the range', () => {
    const excerpt = excerptAround('one\ntwo MARK three\nfour', 8, 12);
    expect([excerpt.text, excerpt.ranges]).toEqual(['…two MARK three…', [[5, 9]]]);
  });

  it('shows the start of the passage when there is no range', () => {
    expect(excerptAround('short text', undefined, undefined)).toEqual({ text: 'short text', ranges: [] });
  });
});
