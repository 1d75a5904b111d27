import { describe, expect, it } from 'vitest';
import { isWindowFull } from '../../../electron/core/import/parse/read-ahead';

const window = { files: 400, bytes: 8_000_000 };

describe('the parse worker’s read-ahead window', () => {
  it('lets the worker run ahead while both files and bytes in flight are under the window', () => {
    expect(isWindowFull({ files: 399, bytes: 7_999_999 }, window)).toBe(false);
  });

  it('stops the worker once the window’s file count is in flight', () => {
    expect(isWindowFull({ files: 400, bytes: 1_000 }, window)).toBe(true);
  });

  it('stops the worker once the window’s source bytes are in flight', () => {
    expect(isWindowFull({ files: 3, bytes: 8_000_000 }, window)).toBe(true);
  });

  it('always lets one file through, however large, so the writer can go on', () => {
    expect(isWindowFull({ files: 0, bytes: 0 }, { files: 400, bytes: 0 })).toBe(false);
  });
});
