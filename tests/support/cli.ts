import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const folioBin = path.resolve(__dirname, '..', '..', 'bin', 'folio.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `folio` command in a child process. */
export function folio(args: string[], options: { cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [folioBin, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `folio` without waiting (for kill and serve tests). */
export function folioAsync(args: string[]) {
  return spawn(process.execPath, [folioBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}
