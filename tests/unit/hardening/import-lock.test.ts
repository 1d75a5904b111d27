import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLockName, withImportLock } from '../../../electron/core/import/import-lock';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

/** A pid that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the import lock', () => {
  it('makes a second import wait until the first has finished, telling it once', async () => {
    const dir = tempDir();
    const order: string[] = [];
    let waits = 0;
    let releaseFirst = () => {};
    const first = withImportLock(dir, async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      order.push('first ends');
    });
    const second = withImportLock(dir, async () => order.push('second runs'), { onWait: () => (waits += 1) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second runs']);
    expect(waits).toBe(1);
    expect(existsSync(path.join(dir, importLockName))).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, importLockName), String(deadPid()));
    await expect(withImportLock(dir, async () => 'ran')).resolves.toBe('ran');
  });

  it('ends a cancelled wait with CANCELLED, leaving the holder its lock', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, importLockName), String(process.pid));
    const cancel = new AbortController();
    const waiting = withImportLock(dir, async () => 'ran', { signal: cancel.signal });
    cancel.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(path.join(dir, importLockName))).toBe(true);
  });
});
