import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolioApp, seed } from './pages/FolioApp';
import { bridgeApi } from './support/bridge-api';
import { repoRoot } from './support/folio-server';
import { expect, test } from './support/test';

/**
 * The notes banner needs a user store damaged between two runs on one data folder, so
 * this spec starts `folio serve` itself (the shared helper always starts on a fresh folder).
 */
interface Served {
  child: ChildProcess;
  url: string;
  port: number;
  token: string;
}

function serve(dataDir: string): Promise<Served> {
  const child = spawn(process.execPath, ['bin/folio.cjs', 'serve', '--data', dataDir, '--port', '0', '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.trim().startsWith('{') && l.includes('"url"'));
      if (line) {
        const info = JSON.parse(line) as { url: string; port: number; token: string };
        resolve({ child, ...info });
      }
    });
    child.once('exit', (code) => reject(new Error(`folio serve exited with ${code}`)));
  });
}

async function stop(served: Served): Promise<void> {
  const exited = new Promise((resolve) => served.child.once('exit', resolve));
  served.child.kill('SIGTERM');
  await exited;
}

/** Overwrites three pages in the middle of the file with garbage. */
function corrupt(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 2);
  closeSync(fd);
}

let dataDir: string;
let served: Served | undefined;
test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-wiring-banners-'));
});
test.afterEach(async () => {
  if (served) await stop(served);
  served = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

test('damaged notes show a banner across the app, and Restore the latest backup brings them back', async ({ page }) => {
  served = await serve(dataDir);
  const docs = await bridgeApi(served).listDocuments({});
  const notice = docs.find((d) => d.title === seed.notice)!;
  const doc = await bridgeApi(served).getDocument({ id: notice.id });
  const passage = doc.passages.find((p) => p.text.includes('Tokenization'))!;
  const start = passage.text.indexOf('Tokenization');
  for (let i = 0; i < 40; i++) {
    await bridgeApi(served).addHighlight({
      docId: notice.id,
      passageId: passage.id,
      start,
      end: start + 'Tokenization'.length,
      note: `note ${i} ${'x'.repeat(400)}`,
    });
  }
  await bridgeApi(served).backupNotes({});
  await stop(served);
  corrupt(path.join(dataDir, 'user.sqlite'));
  served = await serve(dataDir);

  await new FolioApp(page).open(served.url);
  const banner = page.getByRole('alert').filter({ hasText: 'Your notes failed their integrity check' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The latest good backup is from');
  await banner.getByRole('button', { name: 'Restore the latest backup' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Your notes were restored from the backup' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(await bridgeApi(served).listNotes({})).toHaveLength(40);
});
