import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { KbError } from '../../../../shared/errors';
import { searchTimeBudgetMs } from '../../../../shared/limits';
import type { SearchResult, SynonymGroups } from '../../../../shared/model';
import { type LaneMessage, WorkerLane } from '../../threads/worker-lane';
import { SearchReplySchema, type SearchRequest, type SearchWorkerData } from './protocol';

/**
 * A search that has not answered this long after its budget ran out is stuck (a statement
 * that will not end): it fails, the worker is replaced, the searches behind it go on.
 */
export const stuckAfterMs = 4 * searchTimeBudgetMs;
/**
 * Search threads: two, for two cores' worth of searches when many people (or tabs) search
 * at once; a search that runs to its budget then holds up only half of the others.
 */
export const searchThreads = 2;
/**
 * A search still queued after this long (four budgets) fails with BUSY without running:
 * under more searches than the machine can answer the queue stays short, answers stay
 * prompt, and nobody's abandoned search is computed.
 */
export const searchMaxWaitMs = 4 * searchTimeBudgetMs;

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

/** A reply from a search worker, checked against the protocol's envelope. */
function readMessage(raw: unknown): LaneMessage {
  const parsed = SearchReplySchema.safeParse(raw);
  if (!parsed.success) return { kind: 'malformed' };
  const reply = parsed.data;
  if (reply.type === 'ready') return { kind: 'ready' };
  if (reply.type === 'result') return { kind: 'answer', id: reply.id, value: reply.result };
  return { kind: 'refusal', id: reply.id, error: new KbError(reply.error.code, reply.error.message) };
}

/**
 * Searches on worker threads with their own read-only connections, so a slow query never
 * blocks the bridge or the Electron main process; a stuck one is cut off with CANCELLED
 * after `stuckMs` (see WorkerLane). Each search goes to the least busy thread; threads
 * start on the first searches.
 */
export class SearchWorker {
  private readonly lanes: WorkerLane[];
  private synonyms: SynonymGroups;

  constructor(
    private readonly dataDir: string,
    synonyms: SynonymGroups,
    readonly stuckMs = stuckAfterMs,
    private readonly timeBudgetMs = searchTimeBudgetMs,
    threads = searchThreads,
    maxWaitMs = searchMaxWaitMs,
  ) {
    this.synonyms = synonyms;
    this.lanes = Array.from(
      { length: threads },
      () =>
        new WorkerLane({
          // A replaced worker starts with the synonyms as they are now.
          start: () => startWorker({ dataDir: this.dataDir, timeBudgetMs: this.timeBudgetMs, synonyms: this.synonyms }),
          read: readMessage,
          stuckMs,
          stuckError: () => new KbError('CANCELLED', `The search took longer than ${stuckMs} ms and was stopped`),
          maxWaitMs,
          busyError: () =>
            new KbError('BUSY', `The search waited ${maxWaitMs} ms behind other searches and was not run`),
        }),
    );
  }

  search(input: { query: string; limit?: number }): Promise<SearchResult> {
    const lane = this.lanes.reduce((best, lane) => (lane.load < best.load ? lane : best));
    return lane.call(
      'search',
      (id) => ({ type: 'search', id, input }) satisfies SearchRequest,
    ) as Promise<SearchResult>;
  }

  setSynonyms(groups: SynonymGroups): void {
    this.synonyms = groups;
    for (const lane of this.lanes) lane.post({ type: 'synonyms', groups } satisfies SearchRequest);
  }

  documentsChanged(): void {
    for (const lane of this.lanes) lane.post({ type: 'documents-changed' } satisfies SearchRequest);
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}
