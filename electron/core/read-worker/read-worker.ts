import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../shared/errors';
import type { SuggestSnapshot } from '../search/suggest/suggest-index';
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

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: KbError) => void;
  /** Set once the worker is ready: starting it (loading code, opening the library) is not the call's time. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

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
  /** Saves a changed suggestion index (absent: a read-only library keeps it in the worker's memory). */
  saveSuggestions?: (snapshot: SuggestSnapshot) => void;
}

/**
 * Library reads on a worker thread with its own read-only connections (library and user
 * store), so a slow one never blocks the bridge or the Electron main process. A stuck call
 * is cut off after `stuckMs`: the worker is stopped, its calls fail with CANCELLED, and the
 * next call starts a fresh one. Started on the first call.
 *
 * A sibling of the search worker rather than more work for it: a search must be answered
 * while a long read (a comparison, an export) runs, and one thread answers one call at a time.
 */
export class ReadWorker {
  private worker: Worker | null = null;
  private ready = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly options: ReadWorkerOptions) {}

  call<M extends ReadMethod>(method: M, input: ReadInput<M>): Promise<ReadOutput<M>> {
    const worker = this.running();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: this.ready ? this.stuckTimer(method) : undefined,
      });
      worker.postMessage({ type: 'call', id, method, input } satisfies ReadRequest);
    });
  }

  /** After an import: the worker refreshes its suggestion index (if loaded) for these documents. */
  documentsChanged(docIds: readonly string[]): void {
    this.worker?.postMessage({ type: 'documents-changed', docIds: [...docIds] } satisfies ReadRequest);
  }

  /** After a restore replaced user.sqlite: the worker reopens it on its next notes call. */
  userStoreReplaced(): void {
    this.worker?.postMessage({ type: 'user-store-replaced' } satisfies ReadRequest);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.cancelAll('The library was closed');
    if (worker) await worker.terminate();
  }

  private stuckTimer(what: string): ReturnType<typeof setTimeout> {
    return setTimeout(
      () => this.cancelAll(`${what} took longer than ${this.options.stuckMs} ms and was stopped`),
      this.options.stuckMs,
    );
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ dataDir: this.options.dataDir, persistSuggestions: !!this.options.saveSuggestions });
    worker.on('message', (raw: unknown) => {
      if (this.worker !== worker) return;
      const parsed = ReadReplySchema.safeParse(raw);
      if (!parsed.success) {
        this.cancelAll('The read worker sent a malformed reply');
        return;
      }
      const reply = parsed.data;
      if (reply.type === 'ready') {
        this.ready = true;
        for (const call of this.pending.values()) call.timer ??= this.stuckTimer('A read');
        return;
      }
      if (reply.type === 'suggest-snapshot') {
        this.saveSnapshot(reply.snapshot);
        return;
      }
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      clearTimeout(call.timer);
      if (reply.type === 'result') call.resolve(reply.value);
      else call.reject(new KbError(reply.error.code, reply.error.message));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.cancelAll(`The read worker stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.cancelAll('The read worker stopped unexpectedly');
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private saveSnapshot(snapshot: SuggestSnapshot): void {
    try {
      this.options.saveSuggestions?.(snapshot);
    } catch (error) {
      // Not saved means rebuilt at the next start: slower, never wrong.
      console.error(`Folio: saving the suggestion index failed: ${(error as Error).message}`);
    }
  }

  /** Stops the worker and fails every call waiting on it; the next call starts a new one. */
  private cancelAll(message: string): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    if (worker) void worker.terminate();
    for (const call of this.pending.values()) {
      clearTimeout(call.timer);
      call.reject(new KbError('CANCELLED', message));
    }
    this.pending.clear();
  }
}
