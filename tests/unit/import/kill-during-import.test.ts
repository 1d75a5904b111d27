import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { folio, folioAsync } from '../../support/cli';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const fileCount = 300;

const digits = '零一二三四五六七八九';
/** Makes each file ~45 KB, so imports commit in several chunks (they are written ~4 MB at a time). */
const filler = '为维护金融秩序，防范化解金融风险，保护当事人合法权益，依法制定本规定。'.repeat(2);

/** 1…999 in Chinese numerals, as statutes number their articles (第一百二十三条). */
function chinese(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? `${digits[h]}百` : '';
  if (t) out += `${h || t > 1 ? digits[t] : ''}十`;
  else if (h && u) out += '零';
  if (u) out += digits[u];
  return out;
}

/** A synthetic statute in the cn-laws Markdown layout, different in every file. */
function statute(n: number): string {
  const articles = Array.from(
    { length: 200 },
    (_, i) => `第${chinese(i + 1)}条 第${n}号测试法规的本条规定，条文内容编号${n * 1000 + i}。${filler}`,
  );
  return `# 测试法规${n}\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n${articles.join('\n\n')}\n`;
}

function waitForProgress(child: ReturnType<typeof folioAsync>, minDone: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const done = [...seen.matchAll(/Importing (\d+)\//g)].map((m) => Number(m[1]));
      if (done.some((d) => d >= minDone)) resolve();
    });
    child.on('exit', () => reject(new Error(`import ended before it was killed: ${seen}`)));
  });
}

describe('killing the process during a folder import', () => {
  it('leaves every document either fully imported or absent', async () => {
    const folder = tempDir();
    const data = tempDir();
    for (let n = 1; n <= fileCount; n++)
      writeFileSync(path.join(folder, `law-${String(n).padStart(3, '0')}.md`), statute(n));

    const child = folioAsync(['import', folder, '--data', data]);
    await waitForProgress(child, 150);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const db = openDatabase(data);
    const docs = db
      .prepare(
        `SELECT d.source_path AS file, (SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id) AS n
         FROM documents d`,
      )
      .all() as { file: string; n: number }[];
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(fileCount);
    for (const d of docs) {
      const parsed = await parseFile({ name: path.basename(d.file), bytes: readFileSync(d.file) });
      expect(d.n).toBe(parsed.documents[0]!.passages.length);
    }
    const indexed = db.prepare('SELECT count(*) AS n FROM passage_fts').get() as { n: number };
    expect(indexed.n).toBe(docs.reduce((sum, d) => sum + d.n, 0));
    db.prepare("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)").run();
    db.close();

    const rerun = folio(['import', folder, '--json', '--data', data]);
    expect(JSON.parse(rerun.stdout)).toMatchObject({
      added: fileCount - docs.length,
      unchanged: docs.length,
      failed: 0,
    });
  });
});
