import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cjkRun, toIndexText } from '../../core/text/index-text';
import { foldWidth } from '../../core/text/normalize';
import { importLibrary } from './library';

/**
 * What a different token model would give (a report, not a change): imports the given folders
 * with Folio's pipeline, then indexes the same passages in fresh in-memory FTS5 tables (Folio's
 * columns and tokenizer) under each model, and prints each model's token count and insert time
 * against today's. Usage: node bin/tsx-run.cjs electron/cli/bench/token-model.ts DIR…
 */

interface PassageRow {
  seq: number;
  ordinal: number;
  title: string | null;
  number: string | null;
  text: string;
  docTitle: string;
}

type IndexText = (text: string) => string;

/** Han/kana runs as non-overlapping bigrams (a lone last character when odd): half the tokens, but an
 * exact substring then needs both alignments searched at query time. */
function nonOverlappingIndexText(text: string): string {
  return foldWidth(text).replace(cjkRun, (run) => {
    const chars = Array.from(run);
    let out = ' ';
    for (let i = 0; i < chars.length; i += 2) out += `${chars[i]}${chars[i + 1] ?? ''} `;
    return out;
  });
}

interface Model {
  name: string;
  indexText: IndexText;
  /** Whether the document title is indexed on every passage (today) or only on its first. */
  titleOnEveryPassage: boolean;
}

const models: Model[] = [
  { name: 'today: overlapping bigrams, title on every passage', indexText: toIndexText, titleOnEveryPassage: true },
  { name: 'title indexed once per document', indexText: toIndexText, titleOnEveryPassage: false },
  { name: 'non-overlapping bigrams', indexText: nonOverlappingIndexText, titleOnEveryPassage: true },
  { name: 'both', indexText: nonOverlappingIndexText, titleOnEveryPassage: false },
];

/** Index texts of every passage under one model (prepared before timing: the writer only inserts). */
function prepare(rows: readonly PassageRow[], model: Model): Prepared[] {
  return rows.map((r) => [
    r.seq,
    model.indexText(r.title ?? ''),
    r.number ?? '',
    model.indexText(r.text),
    model.titleOnEveryPassage || r.ordinal === 0 ? model.indexText(r.docTitle) : '',
  ]);
}

type Prepared = [number, string, string, string, string];

/** Timing rounds per model. */
const rounds = 3;

/** Inserts in transactions of this many passages, about the size of an import chunk. */
const passagesPerTransaction = 5_000;

function measure(prepared: Prepared[]): { tokens: number; insertMs: number } {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(title, number, body, doc_title, content = '', contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE v USING fts5vocab(f, row);`);
  const insert = db.prepare('INSERT INTO f(rowid, title, number, body, doc_title) VALUES (?, ?, ?, ?, ?)');
  const started = performance.now();
  for (let i = 0; i < prepared.length; i += passagesPerTransaction)
    db.transaction(() => {
      for (const p of prepared.slice(i, i + passagesPerTransaction)) insert.run(...p);
    })();
  const insertMs = performance.now() - started;
  const { tokens } = db.prepare('SELECT sum(cnt) AS tokens FROM v').get() as { tokens: number };
  db.close();
  return { tokens, insertMs };
}

async function main(folders: string[]): Promise<void> {
  const library = await importLibrary(folders);
  const rows = library.db
    .prepare(
      `SELECT p.seq, p.ordinal, p.title, p.number, p.text, d.title AS docTitle
       FROM passages p JOIN documents d ON d.current_version_id = p.version_id ORDER BY p.seq`,
    )
    .all() as PassageRow[];
  library.engine.close();
  library.db.close();
  rmSync(library.dataDir, { recursive: true, force: true });
  const inputs = [
    {
      model: 'raw unicode61 (the bench anchor)',
      prepared: rows.map((r): Prepared => [r.seq, '', '', `${r.title ? `${r.title}\n` : ''}${r.text}`, '']),
    },
    ...models.map((m) => ({ model: m.name, prepared: prepare(rows, m) })),
  ];
  // Rounds alternate the models and each keeps its fastest: a loaded machine only ever adds time.
  const results = inputs.map((i) => ({ model: i.model, tokens: 0, insertMs: Number.POSITIVE_INFINITY }));
  for (let round = 0; round < rounds; round++)
    inputs.forEach((input, i) => {
      const { tokens, insertMs } = measure(input.prepared);
      results[i]!.tokens = tokens;
      results[i]!.insertMs = Math.min(results[i]!.insertMs, insertMs);
    });
  const today = results[1]!;
  for (const r of results)
    console.log(
      JSON.stringify({
        model: r.model,
        tokens: r.tokens,
        tokensToToday: Number((r.tokens / today.tokens).toFixed(3)),
        insertMs: Math.round(r.insertMs),
        insertToToday: Number((r.insertMs / today.insertMs).toFixed(3)),
      }),
    );
}

void main(process.argv.slice(2));
