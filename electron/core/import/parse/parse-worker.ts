import { parentPort, workerData } from 'node:worker_threads';
import type { ParseCredit, ParseResult, ParseWorkerData } from './parse-protocol';
import { readFile, toThreadError } from './read-and-parse';

/**
 * Parse-worker entry: reads, hashes and parses the files in order, never more ahead of
 * the writer than the credit it was given (a bounded queue), and posts each result.
 */
async function main(): Promise<void> {
  const data = workerData as ParseWorkerData;
  const known = new Set(data.knownHashes);
  let credit = 0;
  let wake: (() => void) | undefined;
  parentPort?.on('message', (message: ParseCredit) => {
    credit += message.count;
    wake?.();
  });
  for (const [index, file] of data.files.entries()) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    let result: ParseResult;
    try {
      const read = await readFile(file, data.maxFileBytes, true);
      const parsed = known.has(read.contentHash) ? undefined : await read.parse();
      result = { index, ok: true, contentHash: read.contentHash, size: read.size, ...(parsed ? { parsed } : {}) };
    } catch (error) {
      result = { index, ok: false, error: toThreadError(error) };
    }
    parentPort?.postMessage(result);
  }
}

void main();
