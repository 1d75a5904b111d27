import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseResult, ParseTaken, ParseWorkerData, ReadAheadWindow } from './parse-protocol';
import { fromThreadError, parseBytes, type ReadFile, readFile } from './read-and-parse';

/** Gives the writer each file read (and, off-thread, already parsed), in import order. */
export interface FileReader {
  get(index: number): Promise<ReadFile>;
  close(): Promise<void>;
}

/**
 * How far the parse worker may run ahead of the writer. The writer commits a chunk (import-files'
 * chunkBytes, 4 MB / 200 files) in one synchronous transaction, so the window must hold more than
 * a chunk for the worker to parse on meanwhile. It holds four: where writing is the slow side
 * (Chinese laws: many index tokens) the worker banks that much, and spends it where parsing is
 * (Markdown through micromark runs at 0.2-0.5 MB/s). Parsed results serialise to about 1.3-4.3x
 * their source (2.7x for the laws, 4.3x for api-docs), so at most some 45-70 MB are in flight.
 */
const readAheadWindow: ReadAheadWindow = { files: 800, bytes: 16_000_000 };
/**
 * The parse worker's young generation: micromark and mdast allocate a great many short-lived
 * objects, and V8's default (16 MB semi-spaces) spends about 15% of the parse in scavenges and
 * promotes objects that die soon after. At 96 MB the bundled worker, parsing the shared corpus,
 * fell into 31-89 full mark-compacts (of a ~20 MB heap) in 6 runs of 9, costing 1-3 s of CPU on
 * V8's helper threads; at 128 MB it ran 3 in each run measured. Costs ~100 MB of peak RSS.
 */
const parseWorkerYoungGenerationMb = 128;

/** Reads and parses on the calling thread, one file when asked. */
export function inThreadReader(files: readonly string[], maxFileBytes: number): FileReader {
  return { get: (i) => readFile(files[i]!, maxFileBytes), close: async () => {} };
}

/**
 * The parse-worker script: the one given (a bundled parse-worker.js), else bundled beside this
 * bundle, else the TypeScript source run through tsx; none when this code was bundled without it
 * (the import then parses in-thread).
 */
function startParseWorker(data: ParseWorkerData, script?: string): Worker | undefined {
  const options = { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: parseWorkerYoungGenerationMb } };
  if (script) return new Worker(script, options);
  const bundled = path.join(__dirname, 'parse-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = path.join(__dirname, 'parse-worker.ts');
  if (!existsSync(source)) return undefined;
  const tsx = require.resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { ...options, eval: true });
}

/** One worker's share of the window: n workers together stay within it. */
function shareOf(window: ReadAheadWindow, workers: number): ReadAheadWindow {
  return { files: Math.ceil(window.files / workers), bytes: Math.ceil(window.bytes / workers) };
}

/** One parse worker and whether it has died (its files not yet sent are then read on the writing thread). */
interface ParseLane {
  worker: Worker;
  failed: boolean;
}

/**
 * Reads and parses on worker threads, up to readAheadWindow ahead of the writer, so the
 * writing thread only writes. With n workers, worker k takes the files whose index is k
 * modulo n (each with its share of the window), and the writer takes them back in import order.
 * A file whose bytes the library already holds comes back unparsed; should the writer
 * need it parsed after all, it is parsed here. `script` names the worker's bundled script
 * (default: found as startParseWorker says).
 */
export function workerReader(
  files: readonly string[],
  maxFileBytes: number,
  knownHashes: string[],
  workers = 1,
  script?: string,
): FileReader {
  const waiting = new Map<number, (r: ParseResult | undefined) => void>();
  const arrived = new Map<number, ParseResult>();
  const lanes: ParseLane[] = [];
  for (let k = 0; k < workers; k++) {
    const mine = files.flatMap((file, index) => (index % workers === k ? [{ index, file }] : []));
    const worker = startParseWorker(
      {
        files: mine,
        maxFileBytes,
        knownHashes,
        window: shareOf(readAheadWindow, workers),
      },
      script,
    );
    if (!worker) break;
    const lane: ParseLane = { worker, failed: false };
    worker.on('message', (result: ParseResult) => {
      const waiter = waiting.get(result.index);
      if (waiter) {
        waiting.delete(result.index);
        waiter(result);
      } else arrived.set(result.index, result);
    });
    const fail = () => {
      lane.failed = true;
      for (const [index, waiter] of waiting)
        if (index % workers === k) {
          waiting.delete(index);
          waiter(undefined);
        }
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    lanes.push(lane);
  }
  if (lanes.length < workers) {
    for (const lane of lanes) void lane.worker.terminate();
    return inThreadReader(files, maxFileBytes);
  }
  const result = (index: number): Promise<ParseResult | undefined> => {
    const ready = arrived.get(index);
    if (ready) {
      arrived.delete(index);
      return Promise.resolve(ready);
    }
    if (lanes[index % workers]!.failed) return Promise.resolve(undefined);
    return new Promise((resolve) => waiting.set(index, resolve));
  };
  return {
    async get(index) {
      const r = await result(index);
      if (!r) return readFile(files[index]!, maxFileBytes);
      lanes[index % workers]!.worker.postMessage({ type: 'taken', bytes: r.size } satisfies ParseTaken);
      if (!r.ok) throw fromThreadError(r.error);
      const file = files[index]!;
      const parsed = r.parsed;
      return {
        contentHash: r.contentHash,
        size: r.size,
        parse: async () => parsed ?? parseBytes(file, readFileSync(file)),
      };
    },
    async close() {
      await Promise.all(
        lanes.map((lane) => {
          lane.worker.removeAllListeners('exit');
          return lane.worker.terminate();
        }),
      );
    },
  };
}
