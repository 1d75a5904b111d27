/**
 * Relevance harness. Usage: npm run eval -- QUERIES.json [--corpus DIR…] [--json]
 * Imports the corpus (default: the seed) with Folio's pipeline, then scores Folio, FTS5
 * with default bm25, and MiniSearch with default options: MRR@10, recall@10, per-query rank.
 * Queries whose judged passages are not in the library are skipped (and listed).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { existingFolders, importLibrary, passageTexts, seedFolder } from '../bench/library';
import { fts5Default, miniSearchDefault } from './baselines';
import { EvalQueriesSchema, JudgmentResolver } from './judgments';
import { type Judged, judge, summarize } from './metrics';

function parseArgs(argv: readonly string[]): { file: string | null; corpus: string[]; json: boolean } {
  let file: string | null = null;
  const corpus: string[] = [];
  let json = false;
  let inCorpus = false;
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '--corpus') inCorpus = true;
    else if (a.startsWith('--')) inCorpus = false;
    else if (inCorpus) corpus.push(a);
    else file ??= a;
  }
  return { file, corpus: corpus.length > 0 ? corpus : [seedFolder], json };
}

/** The query file, validated; null (after saying why) when it cannot be read or is malformed. */
function readQueries(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    console.error(`eval: ${file}: ${error instanceof SyntaxError ? 'not valid JSON' : 'cannot be read'}`);
    return null;
  }
  const parsed = EvalQueriesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(`eval: ${file}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'malformed'}`);
    return null;
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.file) {
    console.error('usage: npm run eval -- QUERIES.json [--corpus DIR…] [--json]');
    process.exitCode = 2;
    return;
  }
  const queries = readQueries(args.file);
  if (!queries) {
    process.exitCode = 1;
    return;
  }
  const { present, missing } = existingFolders(args.corpus);
  for (const m of missing) console.error(`eval: skipping ${m}: no such folder`);
  const lib = await importLibrary(present);
  const resolver = new JudgmentResolver(lib.db);
  const seqOf = lib.db.prepare(
    'SELECT p.seq FROM passages p JOIN documents d ON d.current_version_id = p.version_id WHERE p.id = ?',
  );
  const texts = passageTexts(lib.db);
  const fts = fts5Default(texts);
  const mini = miniSearchDefault(texts);

  const folio: Judged[] = [];
  const ftsJudged: Judged[] = [];
  const miniJudged: Judged[] = [];
  const perQuery: {
    query: string;
    rank: number | null;
    fts5DefaultRank: number | null;
    miniSearchDefaultRank: number | null;
  }[] = [];
  const skipped: string[] = [];
  for (const q of queries) {
    const relevant = q.relevant.map((j) => resolver.resolve(j)).filter((s) => s.size > 0);
    if (relevant.length === 0) {
      skipped.push(q.query);
      continue;
    }
    const hits = lib.engine.search({ query: q.query, limit: 20 }).hits;
    const folioSeqs = hits.map((h) => (seqOf.get(h.passageId) as { seq: number } | undefined)?.seq ?? -1);
    const f = judge(folioSeqs, relevant);
    const b1 = judge(fts.rank(q.query), relevant);
    const b2 = judge(mini.rank(q.query), relevant);
    folio.push(f);
    ftsJudged.push(b1);
    miniJudged.push(b2);
    perQuery.push({ query: q.query, rank: f.rank, fts5DefaultRank: b1.rank, miniSearchDefaultRank: b2.rank });
  }
  fts.close();
  lib.db.close();
  rmSync(lib.dataDir, { recursive: true, force: true });

  const result = {
    corpus: present,
    judged: perQuery.length,
    skipped,
    folio: summarize(folio),
    fts5Default: summarize(ftsJudged),
    miniSearchDefault: summarize(miniJudged),
    queries: perQuery,
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const show = (r: number | null) => (r === null ? '–' : String(r));
  console.log(`judged ${result.judged} queries (${skipped.length} skipped: judged passages not in the library)`);
  console.log(`${'ranker'.padEnd(20)} MRR@10  recall@10`);
  for (const [name, s] of [
    ['Folio', result.folio],
    ['FTS5 default', result.fts5Default],
    ['MiniSearch default', result.miniSearchDefault],
  ] as const) {
    console.log(`${name.padEnd(20)} ${s.mrr10.toFixed(3)}   ${s.recall10.toFixed(3)}`);
  }
  console.log('\nrank (Folio · FTS5 · MiniSearch)  query');
  for (const q of perQuery) {
    console.log(
      `${show(q.rank).padStart(3)} · ${show(q.fts5DefaultRank).padStart(3)} · ${show(q.miniSearchDefaultRank).padStart(3)}   ${q.query}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
