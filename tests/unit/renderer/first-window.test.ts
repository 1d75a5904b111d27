import { describe, expect, it } from 'vitest';
import { firstWindow } from '../../../renderer/src/reader/DocumentRows';

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
