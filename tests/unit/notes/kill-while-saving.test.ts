import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userStorePath } from '../../../electron/core/notes/user-store';
import { openTestService, resourcesDir } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
const kills = 40;
const tsxRun = path.resolve(__dirname, '..', '..', '..', 'bin', 'tsx-run.cjs');
const child = path.join(__dirname, 'save-loop-child.ts');

/** Runs the saving child, SIGKILLs it `afterMs` after its first acknowledged save, returns the acknowledged IDs. */
function saveUntilKilled(args: string[], afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [tsxRun, child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let pending = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!timer && acked.length > 0) timer = setTimeout(() => proc.kill('SIGKILL'), afterMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended by itself: ${errors}`));
      else resolve(acked);
    });
  });
}

describe('killing a process while it saves highlights every 10 ms', () => {
  it(`keeps every acknowledged save across ${kills} kills at random moments, and quick_check passes`, async () => {
    const data = tempDir();
    const service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    const passageId = notice.passages[4]!.id;
    await service.close();

    const acknowledged: string[] = [];
    for (let round = 0; round < kills; round++) {
      const afterMs = Math.floor(Math.random() * 300);
      acknowledged.push(...(await saveUntilKilled([data, resourcesDir, notice.id, passageId], afterMs)));
    }

    const db = new Database(userStorePath(data));
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare('SELECT id FROM notes').pluck().all() as string[]);
    db.close();
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(kills);
  }, 300_000);
});
