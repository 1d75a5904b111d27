import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** What `folio serve --json` prints as its one line. */
export interface ServeInfo {
  url: string;
  port: number;
  token: string;
}

export interface RunningServer extends ServeInfo {
  child: ChildProcess;
  dataDir: string;
}

const startTimeoutMs = 60_000;

/**
 * Starts `node bin/folio.cjs serve --data <fresh temp dir> --port 0 --json` and waits for
 * its JSON line. The fresh data dir means the embedded seed is imported on start. The page
 * may import only from the folders in `allow` (passed as `--allow DIR`).
 *
 * @example const server = await startFolioServer(); await page.goto(server.url); await stopFolioServer(server.child.pid, server.dataDir);
 */
export async function startFolioServer(options: { allow?: readonly string[] } = {}): Promise<RunningServer> {
  if (!existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npx electron-vite build` before the e2e tests');
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-'));
  const allow = (options.allow ?? []).flatMap((dir) => ['--allow', dir]);
  const args = ['bin/folio.cjs', 'serve', '--data', dataDir, '--port', '0', '--json', ...allow];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  try {
    const info = await new Promise<ServeInfo>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(
        () => reject(new Error(`folio serve printed no JSON line in ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      child.stdout?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => {
        out += chunk;
        for (const line of out.split('\n')) {
          if (!line.trim().startsWith('{')) continue;
          try {
            const parsed = JSON.parse(line) as Partial<ServeInfo>;
            if (typeof parsed.url === 'string') {
              clearTimeout(timer);
              resolve({ url: parsed.url, port: Number(parsed.port), token: String(parsed.token) });
              return;
            }
          } catch {
            // a partial line: wait for the rest
          }
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`folio serve exited with code ${code} before it was ready`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return { ...info, child, dataDir };
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- folio serve stderr ---\n${stderr}`);
  }
}

/** Stops the server started above (by its pid) and removes its data dir. */
export async function stopFolioServer(pid: number | undefined, dataDir: string | undefined): Promise<void> {
  if (pid) {
    try {
      process.kill(pid, 'SIGTERM');
      for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
