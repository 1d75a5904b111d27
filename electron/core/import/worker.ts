import { parentPort, workerData } from 'node:worker_threads';
import { toErrorData } from '../../../shared/rpc';
import { openDatabase } from '../db/open';
import { inProcessRunner } from './run-import';
import type { WorkerCommand, WorkerReply, WorkerRequest } from './worker-protocol';

/** Worker-thread entry: imports with its own database connection and reports back by message. */
async function main(): Promise<void> {
  const request = workerData as WorkerRequest;
  const send = (reply: WorkerReply) => parentPort?.postMessage(reply);
  const cancel = new AbortController();
  parentPort?.on('message', (command: WorkerCommand) => {
    if (command.type === 'cancel') cancel.abort();
  });
  const db = openDatabase(request.dataDir);
  try {
    const runner = inProcessRunner(db, {
      maxFileBytes: request.maxFileBytes,
      onWait: () => send({ type: 'waiting' }),
    });
    const outcome = await runner(request.paths, (event) => send({ type: 'progress', event }), cancel.signal);
    send({ type: 'done', outcome });
  } catch (error) {
    send({ type: 'error', error: toErrorData(error) });
  } finally {
    db.close();
    parentPort?.close();
  }
}

void main();
