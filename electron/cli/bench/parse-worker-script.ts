import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../app-paths';

/** Which parse worker a bench import runs, and how to say so in its output. */
export interface ParseWorkerChoice {
  /** The bundled script, when one is used; else the import finds the TypeScript source (through tsx). */
  script?: string;
  label: string;
}

const bundledScript = path.join(projectRoot, 'out', 'main', 'parse-worker.js');
/** What the bundle is built from: a build older than any of these may not parse as the source does. */
const buildInputs = ['electron', 'shared', 'electron.vite.config.mts', 'package.json'];

function newestMtimeMs(p: string): number {
  if (!existsSync(p)) return 0;
  const info = statSync(p);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtimeMs(path.join(p, name))), info.mtimeMs);
}

/**
 * The bundled parse worker (out/main/parse-worker.js), as the built app runs it, when the build
 * is newer than its sources; else none, and the bench parses with the TypeScript source under tsx
 * (slower to load and to run), saying why.
 */
export function benchParseWorker(): ParseWorkerChoice {
  const source = 'TypeScript source through tsx';
  if (!existsSync(bundledScript)) return { label: `${source} (not built: npx electron-vite build)` };
  const newestSource = Math.max(...buildInputs.map((f) => newestMtimeMs(path.join(projectRoot, f))));
  if (statSync(bundledScript).mtimeMs < newestSource) {
    return { label: `${source} (the build is older than the source: npx electron-vite build)` };
  }
  return { script: bundledScript, label: 'bundled out/main/parse-worker.js, as the built app runs it' };
}
