import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../shared/errors';
import type { SuggestSnapshot } from '../search/suggest/suggest-index';
import { type LaneMessage, WorkerLane } from '../threads/worker-lane';
import {
  type ReadInput,
  type ReadMethod,
  type ReadOutput,
  ReadReplySchema,
  type ReadRequest,
  type ReadWorkerData,
} from './protocol';

/**
 * A read answers within this long on any library the app is meant for (the slowest seen:
 * comparing two versions of 刑法 or opening the 2.5 MB CFPB regulation, well under 2 s on a
 * loaded machine); one that has not is stuck (a statement that will not end).
 */
export const readStuckAfterMs = 15_000;
/** Exports write whole documents of notes and their citations: more room than a read. */
export const exportStuckAfterMs = 60_000;
/** A suggestion still queued after this long is for letters typed long ago: it is dropped (BUSY) unasked. */
export const suggestMaxWaitMs = 1_000;

/**
 * The worker script: the bundled `read-worker.js` beside the Electron main bundle, else this
 * folder's TypeScript source run through tsx (CLI and bridge from source).
 */
function startWorker(data: ReadWorkerData): Worker {
  const bundled = path.join(__dirname, 'read-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: data });
  const source = path.join(__dirname, 'worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData: data });
}

export interface ReadWorkerOptions {
  dataDir: string;
  /** A call not answered this long after the worker is ready is cut off and the worker restarted. */
  stuckMs: number;
  /** A call still queued this long fails with BUSY without running (absent: no limit). */
  maxWaitMs?: number;
  /** Saves a changed suggestion index (absent: a read-only library keeps it in the worker's memory). */
  saveSuggestions?: (snapshot: SuggestSnapshot) => void;
}

/**
 * Library reads on a worker thread with its own read-only connections (library and user
 * store), so a slow one never blocks the bridge or the Electron main process. A stuck call
 * is cut off after `stuckMs` with CANCELLED and the worker replaced (see WorkerLane).
 * Started on the first call.
 *
 * A sibling of the search worker rather than more work for it: a search must be answered
 * while a long read (a comparison, an export) runs, and one thread answers one call at a time.
 */
export class ReadWorker {
  private readonly lane: WorkerLane;

  constructor(private readonly options: ReadWorkerOptions) {
    this.lane = new WorkerLane({
      start: () => startWorker({ dataDir: options.dataDir, persistSuggestions: !!options.saveSuggestions }),
      read: readMessage,
      stuckMs: options.stuckMs,
      stuckError: (method) =>
        new KbError('CANCELLED', `${method} took longer than ${options.stuckMs} ms and was stopped`),
      ...(options.maxWaitMs !== undefined
        ? {
            maxWaitMs: options.maxWaitMs,
            busyError: (method: string) =>
              new KbError('BUSY', `${method} waited ${options.maxWaitMs} ms behind other calls and was not run`),
          }
        : {}),
      onNotice: (snapshot) => this.saveSnapshot(snapshot as SuggestSnapshot),
    });
  }

  call<M extends ReadMethod>(method: M, input: ReadInput<M>): Promise<ReadOutput<M>> {
    return this.lane.call(method, (id) => ({ type: 'call', id, method, input }) satisfies ReadRequest) as Promise<
      ReadOutput<M>
    >;
  }

  /** After an import: the worker refreshes its suggestion index (if loaded) for these documents. */
  documentsChanged(docIds: readonly string[]): void {
    this.lane.post({ type: 'documents-changed', docIds: [...docIds] } satisfies ReadRequest);
  }

  /** After a restore replaced user.sqlite: the worker reopens it on its next notes call. */
  userStoreReplaced(): void {
    this.lane.post({ type: 'user-store-replaced' } satisfies ReadRequest);
  }

  close(): Promise<void> {
    return this.lane.close();
  }

  private saveSnapshot(snapshot: SuggestSnapshot): void {
    try {
      this.options.saveSuggestions?.(snapshot);
    } catch (error) {
      // Not saved means rebuilt at the next start: slower, never wrong.
      console.error(`Folio: saving the suggestion index failed: ${(error as Error).message}`);
    }
  }
}

/** A reply from the read worker, checked against the protocol's envelope. */
function readMessage(raw: unknown): LaneMessage {
  const parsed = ReadReplySchema.safeParse(raw);
  if (!parsed.success) return { kind: 'malformed' };
  const reply = parsed.data;
  switch (reply.type) {
    case 'ready':
      return { kind: 'ready' };
    case 'suggest-snapshot':
      return { kind: 'notice', message: reply.snapshot };
    case 'result':
      return { kind: 'answer', id: reply.id, value: reply.value };
    case 'error':
      return { kind: 'refusal', id: reply.id, error: new KbError(reply.error.code, reply.error.message) };
  }
}
