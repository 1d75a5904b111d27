import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../shared/errors';
import type { ImportRunner } from './run-import';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The worker script: the bundled `import-worker.js` beside the Electron main bundle,
 * else this folder's TypeScript source run through tsx (CLI and bridge from source).
 */
function startWorker(request: WorkerRequest): Worker {
  const bundled = path.join(__dirname, 'import-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: request });
  const source = path.join(__dirname, 'worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData: request });
}

/** Imports on a worker thread with its own connection, so the UI-facing thread stays free. */
export function workerRunner(dataDir: string): ImportRunner {
  return (paths, onProgress) =>
    new Promise((resolve, reject) => {
      const worker = startWorker({ dataDir, paths: [...paths] });
      let settled = false;
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') onProgress(reply.event);
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
        if (!settled) reject(new KbError('IMPORT_FAILED', `Import stopped unexpectedly (worker exit ${code})`));
      });
    });
}
