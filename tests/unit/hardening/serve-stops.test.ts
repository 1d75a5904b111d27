import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { folioBin } from '../../support/cli';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { assertWholeDocuments, writeStatutes } from './statutes';

const tempDir = tempDirsCleanedAfterEachTest();
const built = existsSync(path.resolve(__dirname, '..', '..', '..', 'out', 'renderer', 'index.html'));
const notBuilt = 'skipped: out/renderer is not built (npx electron-vite build); folio serve needs it';
const fileCount = 150;

interface Serve {
  port: number;
  token: string;
}

async function call(serve: Serve, method: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const reply = await fetch(`http://127.0.0.1:${serve.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${serve.token}` },
    body: JSON.stringify(input),
  });
  return (await reply.json()) as { ok: boolean; value?: unknown };
}

describe.skipIf(!built)(`folio serve ${built ? '' : notBuilt}`, () => {
  it('started from another folder, imports from an --allow folder and exits on SIGTERM mid-import', async () => {
    const folder = tempDir();
    writeStatutes(folder, fileCount, 150);
    const data = tempDir();
    const child = spawn(
      process.execPath,
      [folioBin, 'serve', '--data', data, '--port', '0', '--json', '--allow', folder],
      { cwd: os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const serve = await new Promise<Serve>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!) as Serve);
      });
    });

    const refused = await call(serve, 'startImport', { paths: ['/etc/passwd'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PATH_NOT_ALLOWED' } });
    const started = await call(serve, 'startImport', { paths: [folder] });
    const { jobId } = started.value as { jobId: string };
    for (;;) {
      const status = (await call(serve, 'importStatus', { jobId })).value as { filesDone: number; state: string };
      expect(status.state).toBe('running');
      if (status.filesDone >= 20) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const db = openDatabase(data);
    const documents = await assertWholeDocuments(db);
    db.close();
    expect(documents).toBeLessThan(fileCount);
  });
});
