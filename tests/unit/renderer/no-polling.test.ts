import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const rendererDir = path.resolve(__dirname, '../../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Timers the renderer may use, each a one-shot wait that never repeats a request:
 * the typing debounce, the bridge-token hand-over's wait for another tab, the reader's
 * save of the reading place once scrolling pauses (local storage, no request), and the
 * reader's wait for its first screen to be painted before it renders the rest (no request).
 */
const oneShotTimers = ['api/token.ts', 'reader/ReaderPane.tsx', 'reader/after-paint.ts', 'ui/useDebounced.ts'];

/** The presenter's clock: it repeats, but only redraws the elapsed time and never asks the core. */
const clockTimers = ['presenter/useElapsed.ts'];

const files = sourceFiles(rendererDir).map((file) => ({
  name: path.relative(rendererDir, file).split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

describe('no polling in the renderer (events replace it)', () => {
  test('no file uses setInterval but the presenter clock', () => {
    expect(files.filter((f) => /\bsetInterval\s*\(/.test(f.text)).map((f) => f.name)).toEqual(clockTimers);
  });
  test('setTimeout appears only in the one-shot timers', () => {
    expect(
      files
        .filter((f) => /\bsetTimeout\s*\(/.test(f.text))
        .map((f) => f.name)
        .sort(),
    ).toEqual(oneShotTimers);
  });
  test('no file asks for import status or the import list on a timer', () => {
    const polling = files.filter((f) => /(importStatus|listImports)[\s\S]{0,400}setTimeout/.test(f.text));
    expect(polling.map((f) => f.name)).toEqual([]);
  });
});
