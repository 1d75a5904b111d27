import { randomUUID } from 'node:crypto';
import { KbError } from '../../../shared/errors';
import type { ImportProgress } from '../../../shared/model';
import { toErrorData } from '../../../shared/rpc';
import type { ImportOutcome } from './import-files';
import type { ImportRunner } from './run-import';

export interface ImportJobs {
  start(paths: readonly string[]): { jobId: string };
  status(jobId: string): ImportProgress;
  /** Resolves when every started job has ended (used on shutdown and in tests). */
  idle(): Promise<void>;
}

/**
 * Import jobs a client polls: start returns at once, status reports files done of total
 * and, at the end, the report. Jobs run one after another so two never write at once.
 */
export function createImportJobs(runner: ImportRunner, onDone: (outcome: ImportOutcome) => void): ImportJobs {
  const jobs = new Map<string, ImportProgress>();
  let queue: Promise<void> = Promise.resolve();
  return {
    start(paths) {
      const jobId = randomUUID();
      const job: ImportProgress = { jobId, state: 'running', filesDone: 0, filesTotal: 0 };
      jobs.set(jobId, job);
      queue = queue.then(async () => {
        try {
          const outcome = await runner(paths, (event) => {
            job.filesDone = event.filesDone;
            job.filesTotal = event.filesTotal;
            job.currentFile = event.currentFile;
          });
          onDone(outcome);
          job.state = 'done';
          job.currentFile = undefined;
          job.report = outcome.report;
        } catch (error) {
          job.state = 'failed';
          job.error = toErrorData(error).message;
        }
      });
      return { jobId };
    },
    status(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new KbError('NOT_FOUND', `No import job ${jobId}`);
      return { ...job };
    },
    idle: () => queue,
  };
}
