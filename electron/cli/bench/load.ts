/**
 * Load benchmark (issue 10, "Concurrency"): `folio serve` on a library of the whole shared
 * corpus, fired at with 20 searches/s for 20 s (the renderer's first page of hits), mixed with
 * suggestions as a person types and documents opened from the hits. Reports p50/p95 latency
 * per method, failures and the server's peak RSS.
 *
 *   node bin/tsx-run.cjs electron/cli/bench/load.ts [--corpus DIR…] [--rate N] [--seconds N]
 *        [--limit N] [--folio PATH/TO/bin/folio.cjs] [--json]
 *
 * The library is imported once into .tmp/load-bench/ (keyed by the corpus folders) and reused.
 * `--folio` serves from another checkout (a baseline) against the same cached library.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstPageHits } from '../../../shared/limits';
import { chineseQueries, englishQueries, suggestPrefixes } from './queries';
import { percentile, round } from './stats';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const defaultCorpus = ['cn-laws', 'api-docs', 'en-regs'].map((f) =>
  path.resolve(repoRoot, '..', 'shared', 'corpus', f),
);
/** Searches per second: issue 10's figure. */
const defaultRate = 20;
const defaultSeconds = 20;
/** Suggestions per search: a person types a few characters (debounced) before each search. */
const suggestionsPerSearch = 1;
/** One document opened for every ten searches: a click on a hit now and then. */
const searchesPerDocument = 10;
/** A call not answered within this long counts as a failure (issue 10 saw p95 31 s). */
const callTimeoutMs = 60_000;
const serveStartTimeoutMs = 120_000;
/** Searches sent at once before the timed run: more than the server's search threads, so all of them start. */
const warmSearches = 4;

interface Options {
  corpus: string[];
  rate: number;
  seconds: number;
  limit: number;
  folio: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    corpus: [],
    rate: defaultRate,
    seconds: defaultSeconds,
    limit: firstPageHits,
    folio: path.join(repoRoot, 'bin', 'folio.cjs'),
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => argv[++i] ?? '';
    if (arg === '--corpus') {
      while (argv[i + 1] && !argv[i + 1]!.startsWith('--')) options.corpus.push(path.resolve(next()));
    } else if (arg === '--rate') options.rate = Number(next());
    else if (arg === '--seconds') options.seconds = Number(next());
    else if (arg === '--limit') options.limit = Number(next());
    else if (arg === '--folio') options.folio = path.resolve(next());
    else if (arg === '--json') options.json = true;
    else throw new Error(`Unknown argument ${arg}`);
  }
  if (options.corpus.length === 0) options.corpus = defaultCorpus;
  return options;
}

/** The cached library for these folders: imported with this checkout's `folio import` the first time. */
function cachedLibrary(corpus: readonly string[]): string {
  const key = createHash('sha256').update(corpus.join('\n')).digest('hex').slice(0, 12);
  const dataDir = path.join(repoRoot, '.tmp', 'load-bench', key);
  const done = path.join(dataDir, '.imported');
  if (existsSync(done)) return dataDir;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const missing = corpus.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`Corpus folders missing: ${missing.join(', ')}`);
  process.stderr.write(`Importing ${corpus.length} folders into ${dataDir} (once)…\n`);
  execFileSync(process.execPath, [path.join(repoRoot, 'bin', 'folio.cjs'), 'import', '--data', dataDir, ...corpus], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('touch', [done]);
  return dataDir;
}

interface Server {
  child: ChildProcess;
  port: number;
  token: string;
}

function startServer(folio: string, dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, [folio, 'serve', '--data', dataDir, '--port', '0', '--json'], {
    cwd: path.dirname(path.dirname(folio)),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('folio serve did not start')), serveStartTimeoutMs);
    child.on('exit', (code) => reject(new Error(`folio serve exited with ${code}`)));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (!line) return;
      const info = JSON.parse(line) as { port: number; token: string };
      clearTimeout(timer);
      resolve({ child, port: info.port, token: info.token });
    });
  });
}

/** Peak resident set of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return round(kb / 1024, 0);
}

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc's CPU times. */
const clockTicksPerSecond = 100;

/** CPU seconds (user + system) a process or one of its threads has used: /proc/<pid>[/task/<tid>]/stat. */
function cpuSeconds(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  // Fields after the command name (which may hold spaces) start at the state, field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

/** The whole server's CPU time and its serving thread's (the main thread: task id = pid). */
function serverCpu(pid: number): { all: number; serving: number } {
  return { all: cpuSeconds(`/proc/${pid}/stat`), serving: cpuSeconds(`/proc/${pid}/task/${pid}/stat`) };
}

type Method = 'search' | 'suggest' | 'getDocument';

interface Sample {
  method: Method;
  ms: number;
  ok: boolean;
  /** The error code of a failed call (TIMEOUT: no answer within callTimeoutMs, or no HTTP answer). */
  code?: string;
}

async function call(
  server: Server,
  method: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(callTimeoutMs),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

async function timed(server: Server, method: Method, input: unknown, samples: Sample[]): Promise<unknown> {
  const t = performance.now();
  try {
    const reply = await call(server, method, input);
    samples.push({ method, ms: performance.now() - t, ok: reply.ok, ...(reply.ok ? {} : { code: reply.error?.code }) });
    return reply.ok ? reply.value : undefined;
  } catch {
    samples.push({ method, ms: performance.now() - t, ok: false, code: 'TIMEOUT' });
    return undefined;
  }
}

/** Latency of the answered calls; failures counted apart, by error code (a BUSY refusal is quick by design). */
function summary(samples: readonly Sample[], method: Method) {
  const mine = samples.filter((s) => s.method === method);
  const ms = mine.filter((s) => s.ok).map((s) => s.ms);
  const failed = mine.filter((s) => !s.ok);
  const byCode: Record<string, number> = {};
  for (const s of failed) byCode[s.code ?? 'UNKNOWN'] = (byCode[s.code ?? 'UNKNOWN'] ?? 0) + 1;
  return {
    method,
    calls: mine.length,
    failures: failed.length,
    failuresByCode: byCode,
    p50: round(percentile(ms, 50), 1),
    p95: round(percentile(ms, 95), 1),
    max: round(Math.max(...ms), 1),
  };
}

/**
 * Fires calls on a fixed schedule (open loop: a slow answer never slows the arrivals, as
 * with people typing), waits for every answer, and returns the samples.
 */
async function fire(server: Server, options: Options, docIds: readonly string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  const queries = [...englishQueries, ...chineseQueries];
  const recentDocs: string[] = [...docIds.slice(0, 5)];
  const inFlight: Promise<unknown>[] = [];
  const total = Math.round(options.rate * options.seconds);
  const intervalMs = 1000 / options.rate;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    for (let s = 0; s < suggestionsPerSearch; s++) {
      inFlight.push(timed(server, 'suggest', { prefix: suggestPrefixes[(i + s) % suggestPrefixes.length] }, samples));
    }
    const query = queries[i % queries.length]!;
    inFlight.push(
      timed(server, 'search', { query, limit: options.limit }, samples).then((value) => {
        const top = (value as { hits?: { docId: string }[] } | undefined)?.hits?.[0]?.docId;
        if (top) recentDocs.push(top);
      }),
    );
    if (i % searchesPerDocument === searchesPerDocument - 1) {
      const id = recentDocs[Math.floor((recentDocs.length * ((i * 7919) % 101)) / 101)] ?? docIds[0]!;
      inFlight.push(timed(server, 'getDocument', { id }, samples));
    }
  }
  await Promise.all(inFlight);
  return samples;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dataDir = cachedLibrary(options.corpus);
  const server = await startServer(options.folio, dataDir);
  try {
    const info = (await call(server, 'libraryInfo', {})).value as { documents: number; passages: number };
    const docs = (await call(server, 'listDocuments', {})).value as { id: string; passages: number }[];
    // One of each first: the suggestion index loads (or is built) and the workers start outside the timed run.
    const warm: Sample[] = [];
    await timed(server, 'suggest', { prefix: 'rate' }, warm);
    // Several searches at once, so every search thread has started before the timed run.
    await Promise.all(
      englishQueries
        .slice(0, warmSearches)
        .map((query) => timed(server, 'search', { query, limit: options.limit }, warm)),
    );
    const largest = [...docs].sort((a, b) => b.passages - a.passages)[0]!;
    await timed(server, 'getDocument', { id: largest.id }, warm);
    const load = os.loadavg()[0]!;
    const cpuBefore = serverCpu(server.child.pid!);
    const samples = await fire(
      server,
      options,
      docs.map((d) => d.id),
    );
    const cpuAfter = serverCpu(server.child.pid!);
    const report = {
      folio: path.relative(process.cwd(), options.folio) || options.folio,
      library: { documents: info.documents, passages: info.passages },
      rate: options.rate,
      seconds: options.seconds,
      limit: options.limit,
      loadAverage: { before: round(load, 1), after: round(os.loadavg()[0]!, 1) },
      warmUp: warm.map((s) => ({ method: s.method, ms: round(s.ms, 0), ok: s.ok })),
      methods: (['search', 'suggest', 'getDocument'] as const).map((m) => summary(samples, m)),
      failures: samples.filter((s) => !s.ok).length,
      calls: samples.length,
      peakRssMb: peakRssMb(server.child.pid!),
      /** CPU seconds the server spent during the timed run: all threads, and the serving thread alone. */
      cpuSeconds: {
        all: round(cpuAfter.all - cpuBefore.all, 1),
        servingThread: round(cpuAfter.serving - cpuBefore.serving, 1),
      },
    };
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const { library, methods } = report;
      process.stdout.write(
        `${report.folio}: ${library.documents} documents, ${library.passages} passages; ${report.rate} searches/s for ` +
          `${report.seconds} s, ${report.limit} hits each; load average ${report.loadAverage.before} → ${report.loadAverage.after}\n`,
      );
      process.stdout.write(`warm-up: ${report.warmUp.map((w) => `${w.method} ${w.ms} ms`).join(', ')}\n`);
      for (const m of methods) {
        process.stdout.write(
          `${m.method.padEnd(12)} ${String(m.calls).padStart(4)} calls  answered: p50 ${m.p50} ms  p95 ${m.p95} ms  max ${m.max} ms  ` +
            `failures ${m.failures} ${JSON.stringify(m.failuresByCode)}\n`,
        );
      }
      process.stdout.write(
        `failures ${report.failures}/${report.calls}; peak RSS ${report.peakRssMb} MB; CPU ${report.cpuSeconds.all} s ` +
          `(serving thread ${report.cpuSeconds.servingThread} s)\n`,
      );
    }
  } finally {
    server.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
