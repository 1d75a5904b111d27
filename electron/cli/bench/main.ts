/**
 * Search benchmark. Usage: npm run bench -- [--corpus DIR…] [--rounds N] [--json]
 * Imports the corpus (default: the seed) with Folio's pipeline into a temp library and
 * reports import throughput, query and suggestion latency, paste-to-find latency and
 * accuracy, the worst-case (hostile) queries' times, peak RSS and cold start, with raw and
 * segmented FTS5 anchors measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { Anchor } from './anchors';
import { existingFolders, importLibrary, passageTexts, seedFolder } from './library';
import { timeOpenLargest } from './open-document';
import { pasteFigures } from './paste';
import { chineseQueries, englishQueries, suggestPrefixes } from './queries';
import { percentile, round, timeEach, timePaired } from './stats';
import { worstCaseFigures } from './worst-case';

interface Args {
  corpus: string[];
  rounds: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpus: [], rounds: 5, json: false };
  let inCorpus = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--rounds') args.rounds = Math.max(1, Number(argv[++i]) || 5);
    else if (a === '--corpus') inCorpus = true;
    else if (a.startsWith('--')) inCorpus = false;
    else if (inCorpus) args.corpus.push(a);
  }
  if (args.corpus.length === 0) args.corpus.push(seedFolder);
  return args;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** The library's passages run together from the start, cut to `chars`: a long real-text query. */
function libraryText(texts: readonly { text: string }[], chars: number): string {
  let out = '';
  for (const t of texts) {
    if (out.length >= chars) break;
    out += `${t.text}\n`;
  }
  return out.slice(0, chars);
}
const rssMb = () => process.resourceUsage().maxRSS / 1024;

function coldStart(dataDir: string, query: string): { coldStartMs: number; openToResultMs: number } {
  const root = path.resolve(__dirname, '..', '..', '..');
  const out = execFileSync(
    process.execPath,
    [path.join(root, 'bin', 'tsx-run.cjs'), 'electron/cli/bench/cold-start.ts', dataDir, query],
    { cwd: root, encoding: 'utf8' },
  );
  const parsed = JSON.parse(out.trim().split('\n').at(-1)!) as { sinceProcessStartMs: number; openToResultMs: number };
  return { coldStartMs: parsed.sinceProcessStartMs, openToResultMs: parsed.openToResultMs };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { present, missing } = existingFolders(args.corpus);
  for (const m of missing) console.error(`bench: skipping ${m}: no such folder`);
  if (present.length === 0) {
    console.error('bench: no corpus folder to import; nothing measured');
    process.exitCode = 1;
    return;
  }

  const lib = await importLibrary(present);
  const { engine } = lib;
  const search = (q: string) => engine.search({ query: q, limit: 20 });
  for (const q of [...englishQueries, ...chineseQueries]) search(q);
  const suggest = timeEach(suggestPrefixes, args.rounds, (q) => engine.suggest({ prefix: q }));
  // Folio's own peak, before the anchors' tables are built in this process.
  const peakRssMb = rssMb();
  const enHits = englishQueries.map((q) => engine.search({ query: q }).hits.length);
  const zhHits = chineseQueries.map((q) => engine.search({ query: q }).hits.length);

  const paste = pasteFigures(lib.db, engine);
  const texts = passageTexts(lib.db);
  const worst = worstCaseFigures(engine, libraryText(texts, 10_000));

  // Each anchor is timed interleaved with Folio on the same queries, so noise is shared.
  const raw = new Anchor('raw', texts);
  const [en, rawEn] = timePaired(englishQueries, args.rounds, search, (q) => raw.search(q));
  raw.close();
  const seg = new Anchor('segmented', texts);
  const [zh, segZh] = timePaired(chineseQueries, args.rounds, search, (q) => seg.search(q));
  seg.close();
  const openLargest = timeOpenLargest(lib.db, args.rounds);
  lib.db.close();
  const cold = coldStart(lib.dataDir, englishQueries[0]!);
  rmSync(lib.dataDir, { recursive: true, force: true });

  const sizeMb = mb(lib.bytes);
  const result = {
    corpus: present,
    files: lib.files,
    failedFiles: lib.failed,
    passages: lib.passages,
    mb: round(sizeMb),
    import: {
      parsedBy: lib.parsedBy,
      seconds: round(lib.importMs / 1000),
      mbPerS: round(sizeMb / (lib.importMs / 1000)),
      passagesPerS: Math.round(lib.passages / (lib.importMs / 1000)),
      rawFts5MbPerS: round(sizeMb / (raw.importMs / 1000)),
      segmentedFts5MbPerS: round(sizeMb / (seg.importMs / 1000)),
    },
    query: {
      en: {
        p50Ms: round(percentile(en, 50), 3),
        p95Ms: round(percentile(en, 95), 3),
        rawFts5P50Ms: round(percentile(rawEn, 50), 3),
        rawFts5P95Ms: round(percentile(rawEn, 95), 3),
        ratioP95: round(percentile(en, 95) / percentile(rawEn, 95)),
        queriesWithHits: enHits.filter((n) => n > 0).length,
      },
      zh: {
        p50Ms: round(percentile(zh, 50), 3),
        p95Ms: round(percentile(zh, 95), 3),
        segmentedFts5P50Ms: round(percentile(segZh, 50), 3),
        segmentedFts5P95Ms: round(percentile(segZh, 95), 3),
        ratioP95: round(percentile(zh, 95) / percentile(segZh, 95)),
        queriesWithHits: zhHits.filter((n) => n > 0).length,
      },
    },
    suggest: { p50Ms: round(percentile(suggest, 50), 3), p95Ms: round(percentile(suggest, 95), 3) },
    paste,
    worstCase: worst,
    peakRssMb: Math.round(peakRssMb),
    coldStartMs: Math.round(cold.coldStartMs),
    coldOpenToResultMs: Math.round(cold.openToResultMs),
    openLargestDocument: openLargest,
  };

  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const rows: [string, string][] = [
    ['corpus', present.join(', ')],
    ['files / passages / MB', `${result.files} (${result.failedFiles} failed) / ${result.passages} / ${result.mb}`],
    [
      'import MB/s (Folio · raw · segmented)',
      `${result.import.mbPerS} · ${result.import.rawFts5MbPerS} · ${result.import.segmentedFts5MbPerS}`,
    ],
    ['import passages/s', String(result.import.passagesPerS)],
    ['import parsed by', result.import.parsedBy],
    ['English p50/p95 ms (Folio)', `${result.query.en.p50Ms} / ${result.query.en.p95Ms}`],
    [
      'English p50/p95 ms (raw FTS5)',
      `${result.query.en.rawFts5P50Ms} / ${result.query.en.rawFts5P95Ms} (ratio ${result.query.en.ratioP95})`,
    ],
    ['Chinese p50/p95 ms (Folio)', `${result.query.zh.p50Ms} / ${result.query.zh.p95Ms}`],
    [
      'Chinese p50/p95 ms (segmented FTS5)',
      `${result.query.zh.segmentedFts5P50Ms} / ${result.query.zh.segmentedFts5P95Ms} (ratio ${result.query.zh.ratioP95})`,
    ],
    ['suggest p50/p95 ms', `${result.suggest.p50Ms} / ${result.suggest.p95Ms}`],
    ['peak RSS MB', String(result.peakRssMb)],
    ['cold start ms (process · open→result)', `${result.coldStartMs} · ${result.coldOpenToResultMs}`],
    [
      'open largest document ms (p50 · p95)',
      `${openLargest.p50Ms} · ${openLargest.p95Ms} (${openLargest.title}, ${openLargest.passages} passages)`,
    ],
  ];
  for (const p of paste) {
    rows.push([
      `paste ${p.chars} chars p50/p95 ms · source first`,
      `${p.p50Ms} / ${p.p95Ms} · ${Math.round(p.sourceFirst * 1000) / 10}% of ${p.samples}`,
    ]);
  }
  for (const w of worst) {
    rows.push([`worst case: ${w.query}`, `${w.ms} ms, ${w.hits} hits${w.partial ? ', partial' : ''}`]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
