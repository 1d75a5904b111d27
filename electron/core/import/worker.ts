import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData } from '../../../shared/rpc';
import { openDatabase } from '../db/open';
import { inProcessRunner } from './run-import';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** Worker-thread entry: imports with its own database connection and reports back by message. */
async function main(): Promise<void> {
  const request = workerData as WorkerRequest;
  const send = (reply: WorkerReply) => parentPort?.postMessage(reply);
  const db = openDatabase(request.dataDir);
  try {
    const outcome = await inProcessRunner(db)(request.paths, (event) => send({ type: 'progress', event }));
    send({ type: 'done', outcome });
  } catch (error) {
    send({ type: 'error', error: toErrorData(error) });
  } finally {
    db.close();
  }
}

void main();
