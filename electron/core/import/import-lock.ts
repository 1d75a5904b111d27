import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KbError } from '../../../shared/errors';

/** Beside the library: holds the pid of the process importing now. */
export const importLockName = '.folio-import.lock';
/** How often a waiting import looks again; imports take seconds, so this costs nothing visible. */
const retryMs = 150;

function holderIsAlive(lockFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile, 'utf8').trim());
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryTake(lockFile: string): boolean {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A lock left by a process that died is taken over.
  if (!holderIsAlive(lockFile)) rmSync(lockFile, { force: true });
  return false;
}

/**
 * Runs `work` holding the library's import lock: one import at a time across every Folio
 * process (and thread) on this data folder. A second import waits its turn, telling
 * `onWait` once; a cancelled wait ends with CANCELLED.
 */
export async function withImportLock<T>(
  dataDir: string,
  work: () => Promise<T>,
  options: { signal?: AbortSignal; onWait?: () => void } = {},
): Promise<T> {
  const lockFile = path.join(dataDir, importLockName);
  let told = false;
  while (!tryTake(lockFile)) {
    if (options.signal?.aborted) throw new KbError('CANCELLED', 'Import cancelled before it started');
    if (!told) {
      told = true;
      options.onWait?.();
    }
    await sleep(retryMs);
  }
  try {
    return await work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
