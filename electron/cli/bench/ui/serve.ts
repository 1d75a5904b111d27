import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const folio = path.join(repoRoot, 'bin', 'folio.cjs');

export interface ServedLibrary {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  importMs: number;
  stop(): void;
}

/**
 * Imports the folders into a fresh temp library with `folio import`, then serves it with `folio serve`.
 * With `existingDataDir` the import is skipped and that library is served as it is (and kept).
 */
export async function serveImportedLibrary(
  folders: readonly string[],
  existingDataDir?: string,
): Promise<ServedLibrary> {
  const dataDir = existingDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'folio-bench-ui-'));
  const started = performance.now();
  if (!existingDataDir && folders.length > 0) {
    execFileSync(process.execPath, [folio, 'import', '--data', dataDir, '--json', ...folders], {
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const importMs = performance.now() - started;
  const child: ChildProcess = spawn(process.execPath, [folio, 'serve', '--data', dataDir, '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<{ url: string; port: number; token: string }>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; port: number; token: string });
    });
    child.once('exit', (code) => reject(new Error(`folio serve exited with code ${code}`)));
  });
  return {
    ...info,
    dataDir,
    importMs,
    stop: () => {
      child.kill('SIGTERM');
      if (!existingDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
