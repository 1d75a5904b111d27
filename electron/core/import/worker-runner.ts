import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../shared/errors';
import type { ImportRunner } from './run-import';
import type { WorkerCommand, WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * How long a cancelled worker gets to stop between files before it is terminated (a file
 * stuck in a parser never yields; terminating then loses nothing, as nothing is being written).
 */
export const cancelGraceMs = 3_000;

/**
 * The worker script: the bundled `import-worker.js` beside the Electron main bundle,
 * else this folder's TypeScript source run through tsx (CLI and bridge from source).
 * tsx is resolved here, from this file, not by the eval'd worker (which would look in the
 * current directory and fail when `folio serve` starts elsewhere).
 */
function startWorker(request: WorkerRequest): Worker {
  const bundled = path.join(__dirname, 'import-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: request });
  const source = path.join(__dirname, 'worker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData: request });
}

export interface WorkerRunnerOptions {
  maxFileBytes?: number;
}

/** Imports on a worker thread with its own connection, so the UI-facing thread stays free. */
export function workerRunner(dataDir: string, options: WorkerRunnerOptions = {}): ImportRunner {
  return (paths, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const worker = startWorker({ dataDir, paths: [...paths], maxFileBytes: options.maxFileBytes });
      let settled = false;
      let cancelled = false;
      const onAbort = () => {
        cancelled = true;
        worker.postMessage({ type: 'cancel' } satisfies WorkerCommand);
        setTimeout(() => void worker.terminate(), cancelGraceMs).unref();
      };
      if (signal?.aborted) onAbort();
      else signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') onProgress(reply.event);
        else if (reply.type === 'waiting') return;
        else {
          settled = true;
          if (reply.type === 'done') resolve(reply.outcome);
          else reject(new KbError(reply.error.code, reply.error.message));
        }
      });
      worker.on('error', (error) => {
        settled = true;
        reject(new KbError('IMPORT_FAILED', `Import stopped: ${error.message}`));
      });
      worker.on('exit', (code) => {
        signal?.removeEventListener('abort', onAbort);
        if (settled) return;
        if (cancelled) reject(new KbError('CANCELLED', 'Import cancelled; the file being read was not written'));
        else reject(new KbError('IMPORT_FAILED', `Import stopped unexpectedly (worker exit ${code})`));
      });
    });
}
