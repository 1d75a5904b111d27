import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../../shared/errors';
import { searchTimeBudgetMs } from '../../../../shared/limits';
import type { SearchResult, SynonymGroups } from '../../../../shared/model';
import type { SearchReply, SearchRequest, SearchWorkerData } from './protocol';

/**
 * A search that has not answered this long after its budget ran out is stuck (a statement
 * that will not end): the worker is stopped, its calls fail, and the next call starts a
 * fresh one.
 */
export const stuckAfterMs = 4 * searchTimeBudgetMs;

interface Pending {
  resolve: (result: SearchResult) => void;
  reject: (error: KbError) => void;
  /** Set once the worker is ready: starting it (loading code, opening the library) is not the search's time. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The worker script: the bundled `search-worker.js` beside the Electron main bundle, else
 * this folder's TypeScript source run through tsx (CLI and bridge from source).
 */
function startWorker(data: SearchWorkerData): Worker {
  const bundled = path.join(__dirname, 'search-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: data });
  const source = path.join(__dirname, 'worker.ts');
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * Searches on a worker thread with its own read-only connection, so a slow query never
 * blocks the bridge or the Electron main process; a stuck one is cancelled (the worker is
 * stopped) after `stuckMs`. Started on the first search.
 */
export class SearchWorker {
  private worker: Worker | null = null;
  private ready = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private synonyms: SynonymGroups;

  constructor(
    private readonly dataDir: string,
    synonyms: SynonymGroups,
    readonly stuckMs = stuckAfterMs,
    private readonly timeBudgetMs = searchTimeBudgetMs,
  ) {
    this.synonyms = synonyms;
  }

  search(input: { query: string; limit?: number }): Promise<SearchResult> {
    const worker = this.running();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, timer: this.ready ? this.stuckTimer() : undefined });
      worker.postMessage({ type: 'search', id, input } satisfies SearchRequest);
    });
  }

  private stuckTimer(): ReturnType<typeof setTimeout> {
    return setTimeout(() => this.cancelAll('The search took too long and was stopped'), this.stuckMs);
  }

  setSynonyms(groups: SynonymGroups): void {
    this.synonyms = groups;
    this.worker?.postMessage({ type: 'synonyms', groups } satisfies SearchRequest);
  }

  documentsChanged(): void {
    this.worker?.postMessage({ type: 'documents-changed' } satisfies SearchRequest);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.cancelAll('The library was closed');
    if (worker) await worker.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker({ dataDir: this.dataDir, timeBudgetMs: this.timeBudgetMs, synonyms: this.synonyms });
    worker.on('message', (reply: SearchReply) => {
      if (reply.type === 'ready') {
        this.ready = true;
        for (const call of this.pending.values()) call.timer ??= this.stuckTimer();
        return;
      }
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      clearTimeout(call.timer);
      if (reply.type === 'result') call.resolve(reply.result);
      else call.reject(new KbError(reply.error.code, reply.error.message));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.cancelAll(`Search stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.cancelAll('Search stopped unexpectedly');
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Stops the worker and fails every call waiting on it; the next search starts a new one. */
  private cancelAll(message: string): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    if (worker) void worker.terminate();
    for (const call of this.pending.values()) {
      clearTimeout(call.timer);
      call.reject(new KbError('INTERNAL', message));
    }
    this.pending.clear();
  }
}
