// The UI benchmark: Playwright in Debian's Chromium against `folio serve` on a library
// imported once into a temp folder (by default the whole shared corpus).
// Usage: npx electron-vite build && node bin/tsx-run.cjs electron/cli/bench/ui/main.ts [--corpus DIR…] [--rounds N] [--json]
//   [--data DIR]  serve a library imported before (e.g. `folio import --data DIR …`) instead of importing
//                 again: the way to compare two renderer builds on the same library.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { firstPageSize, searchDebounceMs } from '../../../../renderer/src/search/useSearch';
import { chromiumLaunchOptions } from '../../../../tests/e2e/support/chromium';
import { existingFolders } from '../library';
import { chineseQueries, englishQueries } from '../queries';
import { percentile, round } from '../stats';
import { installProbes, pressMs, timeApiSearch, timeOpenDocument, timeOpenHit, timeQuery } from './measure';
import { repoRoot, serveImportedLibrary } from './serve';

/** The goals: p95 after the debounce, and the debounce itself. */
const goals = { afterDebounceP95Ms: 50, debounceMs: 120, openLargestMs: 300 };
/** Which hits are clicked after each query (the first few, where people click). */
const hitsClicked = 3;

function parseArgs(argv: readonly string[]) {
  const corpus: string[] = [];
  let rounds = 2;
  let json = false;
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--rounds') rounds = Number(argv[++i]);
    else if (arg === '--json') json = true;
    else if (arg === '--data') dataDir = path.resolve(argv[++i] ?? '.');
    else if (arg === '--corpus') {
      while (argv[i + 1] && !argv[i + 1]!.startsWith('--')) corpus.push(argv[++i]!);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  const shared = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const folders = corpus.length > 0 ? corpus : ['cn-laws', 'en-regs', 'api-docs'].map((f) => path.join(shared, f));
  return { folders, rounds: Number.isFinite(rounds) && rounds > 0 ? rounds : 2, json, dataDir };
}

const summary = (samples: readonly number[]) => ({
  n: samples.length,
  p50: round(percentile(samples, 50), 1),
  p95: round(percentile(samples, 95), 1),
  max: round(Math.max(...samples), 1),
});

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { present, missing } = existingFolders(args.folders);
  for (const m of missing) console.error(`skipped (missing): ${m}`);
  if (!args.dataDir) console.error(`importing ${present.length} folder(s)…`);
  const library = await serveImportedLibrary(present, args.dataDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await installProbes(page);
    await page.goto(library.url);
    await page.locator('.doc-list li').first().waitFor();
    const queries = [...englishQueries, ...chineseQueries];
    await timeQuery(page, queries[0]!);

    const typing: number[] = [];
    const opening: number[] = [];
    const openingFromPress: number[] = [];
    const failures: string[] = [];
    const noHits: string[] = [];
    const api: number[] = [];
    const apiServerCall: number[] = [];
    const apiOutsideBridge: number[] = [];
    for (let r = 0; r < args.rounds; r++) {
      for (const [i, query] of queries.entries()) {
        const asked = await timeApiSearch(page, query, firstPageSize);
        api.push(asked.ms);
        apiServerCall.push(asked.server.call ?? Number.NaN);
        const onBridge = Object.values(asked.server).reduce((sum, ms) => sum + ms, 0);
        apiOutsideBridge.push(asked.ms - onBridge);
        const typed = await timeQuery(page, query);
        if (Number.isNaN(typed)) failures.push(`no hits painted for ${query}`);
        else typing.push(typed);
        const shown = await page.locator('#search-hits [role="option"]').count();
        if (shown === 0) noHits.push(query);
        const opened = shown === 0 ? null : await timeOpenHit(page, Math.min(i % hitsClicked, shown - 1));
        if (opened !== null && Number.isNaN(opened.fromClick))
          failures.push(`passage not painted after clicking hit ${i % hitsClicked} of ${query}`);
        else if (opened !== null) {
          opening.push(opened.fromClick);
          openingFromPress.push(opened.fromPress);
        }
      }
    }

    const docs = (await (
      await fetch(`http://127.0.0.1:${library.port}/api/listDocuments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${library.token}` },
        body: '{}',
      })
    ).json()) as { value: { id: string; title: string; passages: number }[] };
    const bySize = [...docs.value].sort((a, b) => b.passages - a.passages);
    const largest = bySize[0]!;
    const small = bySize.at(-1)!;
    const openLargest: number[] = [];
    for (let r = 0; r < Math.max(3, args.rounds * 2); r++) {
      await timeOpenDocument(page, small.id);
      openLargest.push(await timeOpenDocument(page, largest.id));
    }

    const afterDebounce = typing.map((ms) => Math.max(0, ms - searchDebounceMs));
    const report = {
      library: {
        folders: present.map((f) => path.relative(repoRoot, f)),
        documents: docs.value.length,
        importMs: round(library.importMs, 0),
      },
      debounceMs: searchDebounceMs,
      keypressToTenHits: summary(typing),
      keypressToTenHitsAfterDebounce: summary(afterDebounce),
      apiSearchFirstPage: summary(api),
      apiSearchServerCall: summary(apiServerCall),
      apiSearchOutsideBridge: summary(apiOutsideBridge),
      clickHitToPassage: summary(opening),
      pressHitToPassage: { pressMs, ...summary(openingFromPress) },
      openLargestDocument: { title: largest.title, passages: largest.passages, ...summary(openLargest) },
      goals,
      failures,
      queriesWithoutHits: noHits,
    };
    if (args.json) console.log(JSON.stringify(report, null, 2));
    else {
      const k = report.keypressToTenHitsAfterDebounce;
      const c = report.clickHitToPassage;
      const o = report.openLargestDocument;
      console.log(`library: ${report.library.documents} documents (import ${report.library.importMs} ms)`);
      console.log(`debounce: ${searchDebounceMs} ms (goal ≤ ${goals.debounceMs})`);
      console.log(
        `last keypress → first ten hits painted, after the debounce: p50 ${k.p50} ms, p95 ${k.p95} ms (goal ≤ ${goals.afterDebounceP95Ms}; ${round(k.p95 / goals.afterDebounceP95Ms)}× the goal) over ${k.n} queries`,
      );
      const a = report.apiSearchFirstPage;
      console.log(
        `of which the search request alone (HTTP + core + JSON, ${firstPageSize} hits): p50 ${a.p50} ms, p95 ${a.p95} ms`,
      );
      const s = report.apiSearchServerCall;
      console.log(
        `  of which the bridge's call (validation, the search thread and back): p50 ${s.p50} ms, p95 ${s.p95} ms`,
      );
      const outside = report.apiSearchOutsideBridge;
      console.log(
        `  and outside the bridge (queueing, HTTP, the page's JSON): p50 ${outside.p50} ms, p95 ${outside.p95} ms`,
      );
      for (const f of report.failures) console.log(`failed: ${f}`);
      console.log(`queries without hits (no click timed): ${report.queriesWithoutHits.length}`);
      console.log(
        `click a hit → its passage painted: p50 ${c.p50} ms, p95 ${c.p95} ms (${round(c.p95 / goals.afterDebounceP95Ms)}× the 50 ms goal) over ${c.n} clicks`,
      );
      const p = report.pressHitToPassage;
      console.log(`  the same from the press (held ${pressMs} ms before the click): p50 ${p.p50} ms, p95 ${p.p95} ms`);
      console.log(
        `open the largest document (${o.passages} passages): p50 ${o.p50} ms, p95 ${o.p95} ms (goal < ${goals.openLargestMs}; ${round(o.p95 / goals.openLargestMs)}×)`,
      );
    }
  } finally {
    await browser.close();
    library.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
