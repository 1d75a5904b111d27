import { parentPort, workerData } from 'node:worker_threads';
import type { ParseResult, ParseTaken, ParseWorkerData } from './parse-protocol';
import { isWindowFull } from './read-ahead';
import { readFile, toThreadError } from './read-and-parse';

/**
 * Parse-worker entry: reads, hashes and parses the files in order, never more ahead of the
 * writer than its window (files and source bytes sent but not yet taken: a bounded queue),
 * and posts each result.
 */
async function main(): Promise<void> {
  const data = workerData as ParseWorkerData;
  const known = new Set(data.knownHashes);
  const inFlight = { files: 0, bytes: 0 };
  let wake: (() => void) | undefined;
  parentPort?.on('message', (message: ParseTaken) => {
    inFlight.files -= 1;
    inFlight.bytes -= message.bytes;
    wake?.();
  });
  for (const { index, file } of data.files) {
    while (isWindowFull(inFlight, data.window)) await new Promise<void>((resolve) => (wake = resolve));
    let result: ParseResult;
    try {
      const read = await readFile(file, data.maxFileBytes, true);
      const parsed = known.has(read.contentHash) ? undefined : await read.parse();
      result = { index, ok: true, contentHash: read.contentHash, size: read.size, ...(parsed ? { parsed } : {}) };
    } catch (error) {
      result = { index, ok: false, error: toThreadError(error), size: 0 };
    }
    inFlight.files += 1;
    inFlight.bytes += result.size;
    parentPort?.postMessage(result);
  }
}

void main();
