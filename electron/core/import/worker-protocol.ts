import type { ErrorData } from '../../../shared/errors';
import type { ImportOutcome, ImportProgressEvent } from './import-files';

export interface WorkerRequest {
  dataDir: string;
  paths: string[];
}

export type WorkerReply =
  | { type: 'progress'; event: ImportProgressEvent }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; error: ErrorData };
