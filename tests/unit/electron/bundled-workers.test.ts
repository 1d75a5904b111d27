import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const mainDir = path.resolve(__dirname, '..', '..', '..', 'out', 'main');
const built = existsSync(mainDir);
const notBuilt = 'skipped: out/ is not built (npx electron-vite build; npm test builds first)';

/** Every `path.join(__dirname, "x-worker.js")` in the main bundle, with whether that file is beside it. */
function workerScriptsStarted(): { from: string; script: string; found: boolean }[] {
  const bundles = readdirSync(mainDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  return bundles.flatMap((bundle) => {
    const code = readFileSync(path.join(mainDir, bundle), 'utf8');
    return [...code.matchAll(/join\(__dirname, "([\w-]+-worker\.js)"\)/g)].map((m) => ({
      from: path.basename(bundle),
      script: m[1]!,
      found: existsSync(path.join(mainDir, path.dirname(bundle), m[1]!)),
    }));
  });
}

describe('the built main bundle', () => {
  // A worker script not beside the code that starts it falls back silently: the parse worker's
  // did (the code sat in chunks/), so the app parsed every import on its writing thread.
  it.skipIf(!built)(
    `finds each of its four worker scripts beside the code that starts it ${built ? '' : notBuilt}`,
    () => {
      const started = workerScriptsStarted();
      expect([...new Set(started.map((s) => s.script))].sort()).toEqual([
        'import-worker.js',
        'parse-worker.js',
        'read-worker.js',
        'search-worker.js',
      ]);
      expect(started.filter((s) => !s.found)).toEqual([]);
    },
  );
});
