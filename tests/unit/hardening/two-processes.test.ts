import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { folioAsync } from '../../support/cli';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const filesEach = 60;
/** ~60 KB per file, so each import commits in several chunks and the two overlap. */
const filler = '本条规定适用于在中华人民共和国境内从事金融活动的机构和个人。'.repeat(40);

function folderOf(label: string): string {
  const folder = tempDir();
  for (let n = 1; n <= filesEach; n++) {
    const articles = Array.from({ length: 20 }, (_, i) => `第${i + 1}条 ${label}-${n}-${i} ${filler}`).join('\n\n');
    writeFileSync(path.join(folder, `${label}-${n}.md`), `# ${label} 规定 ${n}\n\n${articles}\n`);
  }
  return folder;
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = folioAsync(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('two folio processes on one data folder', () => {
  it('both import at once; no "database is locked" reaches the user', async () => {
    const data = tempDir();
    const [a, b] = await Promise.all([
      run(['import', folderOf('甲'), '--json', '--data', data]),
      run(['import', folderOf('乙'), '--json', '--data', data]),
    ]);
    expect(a.stderr).not.toMatch(/locked|busy/i);
    expect(b.stderr).not.toMatch(/locked|busy/i);
    expect([a.code, b.code]).toEqual([0, 0]);
    // One import at a time: one of the two waited its turn behind the other's lock.
    const waited = [a.stderr, b.stderr].filter((s) => s.includes('Waiting for another import of this library'));
    expect(waited.length).toBe(1);
    expect(JSON.parse(a.stdout)).toMatchObject({ added: filesEach, failed: 0 });
    expect(JSON.parse(b.stdout)).toMatchObject({ added: filesEach, failed: 0 });
    const db = openDatabase(data);
    const { n } = db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    db.prepare("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)").run();
    db.close();
    expect(n).toBe(2 * filesEach);
  });
});
