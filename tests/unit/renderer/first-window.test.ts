import { describe, expect, it } from 'vitest';
import { firstWindow, grownWindow, isWhole, windowHolding } from '../../../renderer/src/reader/row-window';

describe('the first rows a whole-rendered document paints', () => {
  it('starts at the top when the document opens at its top', () => {
    expect(firstWindow(300, 0)).toEqual({ start: 0, end: 24 });
  });

  it('starts two rows above the passage it opens at (the heading just above it)', () => {
    expect(firstWindow(300, 120)).toEqual({ start: 118, end: 142 });
  });

  it('near the end, still fills a screen by starting earlier', () => {
    expect(firstWindow(300, 299)).toEqual({ start: 276, end: 300 });
  });

  it('is the whole document when it is shorter than the window', () => {
    expect(firstWindow(10, 7)).toEqual({ start: 0, end: 10 });
  });
});

describe('the rows added after each paint', () => {
  it('adds 32 rows above and below, within the document', () => {
    expect(grownWindow({ start: 118, end: 142 }, 300)).toEqual({ start: 86, end: 174 });
    expect(grownWindow({ start: 10, end: 290 }, 300)).toEqual({ start: 0, end: 300 });
  });

  it('reaches the whole document of 300 rows opened in its middle in five steps', () => {
    let window = firstWindow(300, 120);
    let steps = 0;
    while (!isWhole(window, 300)) {
      window = grownWindow(window, 300);
      steps++;
    }
    expect(steps).toBe(5);
  });

  it('widens at once to hold a row asked for outside the window, keeping what is there', () => {
    expect(windowHolding({ start: 0, end: 24 }, 300, 200)).toEqual({ start: 0, end: 222 });
    expect(windowHolding({ start: 0, end: 24 }, 300, 10)).toEqual({ start: 0, end: 24 });
  });
});
