import { describe, expect, it } from 'vitest';
import {
  firstScreenRange,
  passagesAfter,
  passagesBefore,
  wholeDocumentChars,
} from '../../../electron/core/store/first-screen-range';

describe('firstScreenRange', () => {
  it('sends a document shorter than wholeDocumentChars whole (null)', () => {
    expect(firstScreenRange([wholeDocumentChars - 1], 0)).toBeNull();
  });

  it('opened at the top of a long document of short passages, stops after passagesAfter passages', () => {
    const lengths = Array.from({ length: 1000 }, () => 100);
    expect(firstScreenRange(lengths, 0)).toEqual({ start: 0, end: passagesAfter });
  });

  it('opened at a passage, starts passagesBefore passages above it', () => {
    const lengths = Array.from({ length: 1000 }, () => 100);
    expect(firstScreenRange(lengths, 500)).toEqual({ start: 500 - passagesBefore, end: 500 + passagesAfter });
  });

  it('stops once a few screens of characters are in (two 10,000-character passages)', () => {
    const lengths = Array.from({ length: 100 }, () => 10_000);
    expect(firstScreenRange(lengths, 0)).toEqual({ start: 0, end: 2 });
  });

  it('treats an unknown passage (index -1) as the top', () => {
    const lengths = Array.from({ length: 1000 }, () => 100);
    expect(firstScreenRange(lengths, -1)).toEqual({ start: 0, end: passagesAfter });
  });
});
