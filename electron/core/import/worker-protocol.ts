import type { ErrorData } from '../../../shared/errors';
import type { ImportOutcome, ImportProgressEvent } from './import-files';

export interface WorkerRequest {
  dataDir: string;
  paths: string[];
  maxFileBytes?: number;
}

/** What the main thread sends a running worker: stop between files. */
export type WorkerCommand = { type: 'cancel' };

export type WorkerReply =
  | { type: 'progress'; event: ImportProgressEvent }
  | { type: 'waiting' }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; error: ErrorData };
