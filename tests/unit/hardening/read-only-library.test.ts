import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folioBin } from '../../support/cli';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
/** Root ignores file modes, so as root the CLI runs as `nobody` to meet a read-only folder for real. */
const asUser = process.getuid?.() === 0 ? { uid: 65_534, gid: 65_534 } : {};
const locked: string[] = [];
afterEach(() => {
  for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
});

function folioAs(args: string[]) {
  const result = spawnSync(process.execPath, [folioBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: '/tmp' },
    ...asUser,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A seeded library whose folder and file can no longer be written. */
async function readOnlyLibrary(): Promise<string> {
  const dir = tempDir();
  const service = await openTestService(dir);
  await service.close();
  for (const name of readdirSync(dir)) chmodSync(path.join(dir, name), 0o555);
  chmodSync(dir, 0o555);
  locked.push(dir);
  return dir;
}

describe('a read-only library', () => {
  it('still answers searches', async () => {
    const dir = await readOnlyLibrary();
    const run = folioAs(['search', 'API key', '--json', '--data', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
  });

  it('refuses an import with a READ_ONLY message instead of failing to start', async () => {
    const dir = await readOnlyLibrary();
    const file = path.join(tempDir(), 'note.md');
    writeFileSync(file, '# A note\n\nSome text.\n');
    chmodSync(path.dirname(file), 0o755);
    const run = folioAs(['import', file, '--data', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`folio: The library in ${dir} is read-only: it cannot be changed.\n`);
  });
});
