import { describe, expect, it } from 'vitest';
import { findLiteralRanges, findTermRanges, normalizeRanges, splitByRanges } from '../../../renderer/src/text/ranges';

describe('normalizeRanges', () => {
  it('sorts, clamps and merges overlapping ranges', () => {
    expect(
      normalizeRanges(
        [
          [8, 20],
          [0, 3],
          [2, 5],
        ],
        10,
      ),
    ).toEqual([
      [0, 5],
      [8, 10],
    ]);
  });
});

describe('splitByRanges', () => {
  it('marks the ranges and loses no character', () => {
    const pieces = splitByRanges('rate limits apply', [[5, 11]]);
    expect(pieces.map((p) => [p.text, p.marked])).toEqual([
      ['rate ', false],
      ['limits', true],
      [' apply', false],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('rate limits apply');
  });
});

describe('findTermRanges', () => {
  it('matches Latin terms at word starts only, case-insensitively', () => {
    expect(findTermRanges('Rate limits are accurate', ['rate'])).toEqual([[0, 4]]);
  });
  it('matches Chinese terms anywhere', () => {
    expect(findTermRanges('防范虚拟货币风险', ['风险'])).toEqual([[6, 8]]);
  });
});

describe('findLiteralRanges', () => {
  it('finds every occurrence for find-in-document', () => {
    expect(findLiteralRanges('API, api, Api', 'api')).toEqual([
      [0, 3],
      [5, 8],
      [10, 13],
    ]);
  });
});
