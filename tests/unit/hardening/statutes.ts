import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { parseFile } from '../../../electron/core/ingest/parse-file';

const filler = '为维护金融秩序，防范化解金融风险，保护当事人合法权益，依法制定本规定。';

/** A synthetic statute in the cn-laws Markdown layout, different for every `n`. */
export function statute(n: number, articles: number, fillerRepeat = 2): string {
  const body = Array.from(
    { length: articles },
    (_, i) => `第${i + 1}条 第${n}号测试法规的本条规定，条文编号${n * 1000 + i}。${filler.repeat(fillerRepeat)}`,
  );
  return `# 测试法规${n}\n\n## 第一章 总则\n\n${body.join('\n\n')}\n`;
}

/** Writes `count` statutes as law-001.md … into `folder`. */
export function writeStatutes(folder: string, count: number, articles: number, fillerRepeat = 2): void {
  for (let n = 1; n <= count; n++) {
    writeFileSync(path.join(folder, `law-${String(n).padStart(3, '0')}.md`), statute(n, articles, fillerRepeat));
  }
}

/** How many passages a file parses into (what a whole import of it stores). */
export async function passagesIn(file: string): Promise<number> {
  const parsed = await parseFile({ name: path.basename(file), bytes: readFileSync(file) });
  return parsed.documents.reduce((sum, doc) => sum + doc.passages.length, 0);
}

/**
 * The library's own checks plus Folio's promise: every document holds exactly the passages
 * its file parses into (all or nothing), and the FTS index holds exactly those passages.
 * Returns how many documents are in the library.
 */
export async function assertWholeDocuments(
  db: Database.Database,
  expected?: ReadonlyMap<string, number>,
): Promise<number> {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') throw new Error(`quick_check: ${String(quick)}`);
  db.prepare("INSERT INTO passage_fts(passage_fts, rank) VALUES ('integrity-check', 1)").run();
  const docs = db
    .prepare(
      `SELECT d.source_path AS file, (SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id) AS n
       FROM documents d WHERE d.source_path NOT LIKE 'folio:%'`,
    )
    .all() as { file: string; n: number }[];
  for (const d of docs) {
    const want = expected?.get(d.file) ?? (await passagesIn(d.file));
    if (d.n !== want) throw new Error(`${d.file}: ${d.n} passages stored, ${want} parsed`);
  }
  const indexed = (db.prepare('SELECT count(*) AS n FROM passage_fts').get() as { n: number }).n;
  const stored = (db.prepare('SELECT count(*) AS n FROM passages').get() as { n: number }).n;
  if (indexed !== stored) throw new Error(`FTS holds ${indexed} passages, the library ${stored}`);
  return docs.length;
}
