import type { Worker } from 'node:worker_threads';
import { KbError } from '../../../shared/errors';

/** What a worker's message means to the lane (each worker's protocol says how to read its own). */
export type LaneMessage =
  /** The worker has loaded and opened what it needs: calls are timed from then on. */
  | { kind: 'ready' }
  | { kind: 'answer'; id: number; value: unknown }
  | { kind: 'refusal'; id: number; error: KbError }
  /** Anything else the worker tells the serving thread (handled by `onNotice`). */
  | { kind: 'notice'; message: unknown }
  /** Not a message this worker sends: the worker is stopped as broken. */
  | { kind: 'malformed' };

export interface LaneOptions {
  /** Starts a fresh worker thread (on the first call, and after one was stopped). */
  start: () => Worker;
  /** Reads one message from the worker. */
  read: (raw: unknown) => LaneMessage;
  /** A call running longer than this is stuck: it fails with `stuckError`, the worker is replaced. */
  stuckMs: number;
  stuckError: (label: string) => KbError;
  /**
   * A call still queued this long after it was made fails with `busyError` without running
   * (absent: calls wait as long as it takes). Under more load than the machine can answer,
   * the queue then stays short and a late answer nobody waits for is never computed.
   */
  maxWaitMs?: number;
  busyError?: (label: string) => KbError;
  onNotice?: (message: unknown) => void;
}

interface Call {
  id: number;
  label: string;
  message: unknown;
  resolve: (value: unknown) => void;
  reject: (error: KbError) => void;
  /** Fails the call if it is still queued when its wait runs out. */
  waitTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * One worker thread answering calls one at a time, in order. A call's time runs from when
 * the worker takes it, never while it waits behind others (under load the queue is not the
 * call's fault). A stuck call is failed on its own and the worker replaced; the calls
 * queued behind it go to the new worker. A worker that dies fails every call it had.
 */
export class WorkerLane {
  private worker: Worker | null = null;
  private ready = false;
  private running: { call: Call; timer: ReturnType<typeof setTimeout> } | null = null;
  private readonly queue: Call[] = [];
  private nextId = 1;

  constructor(private readonly options: LaneOptions) {}

  /** Calls waiting or running: a pool sends a new call to its least busy lane. */
  get load(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  /** Queues a call; `message(id)` is what the worker receives. */
  call(label: string, message: (id: number) => unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const call: Call = { id, label, message: message(id), resolve, reject, waitTimer: undefined };
      this.queue.push(call);
      if (this.ready) this.startWaiting(call);
      this.pump();
    });
  }

  /** Sends a message that answers nothing (state changes) to the running worker, if any; a new worker starts current. */
  post(message: unknown): void {
    this.worker?.postMessage(message);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.failAll(new KbError('CANCELLED', 'The library was closed'));
    if (worker) await worker.terminate();
  }

  /** Arms the call's wait limit: only while a worker is ready (starting one is nobody's queue). */
  private startWaiting(call: Call): void {
    const { maxWaitMs, busyError } = this.options;
    if (maxWaitMs === undefined || !busyError || call.waitTimer !== undefined) return;
    call.waitTimer = setTimeout(() => {
      const at = this.queue.indexOf(call);
      if (at < 0) return;
      this.queue.splice(at, 1);
      call.reject(busyError(call.label));
    }, maxWaitMs);
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const worker = this.worker ?? this.startWorker();
    if (!this.ready) return;
    const call = this.queue.shift()!;
    clearTimeout(call.waitTimer);
    const timer = setTimeout(() => this.stuck(call), this.options.stuckMs);
    this.running = { call, timer };
    worker.postMessage(call.message);
  }

  private startWorker(): Worker {
    const worker = this.options.start();
    worker.on('message', (raw: unknown) => {
      if (this.worker === worker) this.receive(this.options.read(raw));
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.died(`stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.died('stopped unexpectedly');
    });
    worker.unref();
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private receive(message: LaneMessage): void {
    switch (message.kind) {
      case 'ready':
        this.ready = true;
        this.pump();
        for (const call of this.queue) this.startWaiting(call);
        return;
      case 'notice':
        this.options.onNotice?.(message.message);
        return;
      case 'malformed':
        this.died('sent a malformed reply');
        return;
      default: {
        const running = this.running;
        if (!running || running.call.id !== message.id) return;
        clearTimeout(running.timer);
        this.running = null;
        if (message.kind === 'answer') running.call.resolve(message.value);
        else running.call.reject(message.error);
        this.pump();
      }
    }
  }

  /** The running call took too long: it fails alone; a fresh worker takes the queue. */
  private stuck(call: Call): void {
    if (this.running?.call !== call) return;
    this.stop();
    call.reject(this.options.stuckError(call.label));
    this.pump();
  }

  private died(how: string): void {
    this.failAll(new KbError('INTERNAL', `The worker ${how}`));
  }

  /** Terminates the worker and forgets the running call (the caller settles it). */
  private stop(): Call | null {
    const worker = this.worker;
    const running = this.running;
    this.worker = null;
    this.ready = false;
    this.running = null;
    if (running) clearTimeout(running.timer);
    for (const call of this.queue) {
      clearTimeout(call.waitTimer);
      call.waitTimer = undefined;
    }
    if (worker) void worker.terminate();
    return running?.call ?? null;
  }

  /** Stops the worker and fails the running call and every queued one. */
  private failAll(error: KbError): void {
    const running = this.stop();
    if (running) running.reject(error);
    for (const call of this.queue.splice(0)) {
      clearTimeout(call.waitTimer);
      call.reject(error);
    }
  }
}
