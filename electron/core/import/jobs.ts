import { randomUUID } from 'node:crypto';
import { KbError } from '../../../shared/errors';
import type { ImportProgress } from '../../../shared/model';
import { toErrorData } from '../../../shared/rpc';
import type { ImportOutcome } from './import-files';
import type { ImportRunner } from './run-import';

/** How many finished jobs `list` keeps reporting. */
const recentJobs = 20;
/** How many jobs are remembered for `status` before the oldest finished ones are forgotten. */
const keptJobs = 100;

export interface ImportJobs {
  start(paths: readonly string[]): { jobId: string };
  status(jobId: string): ImportProgress;
  /** The most recent jobs, newest first. */
  list(): ImportProgress[];
  /** Stops a job between files (a queued one never starts); what was written stays whole. */
  cancel(jobId: string): ImportProgress;
  /** Cancels every job that has not ended (shutdown). */
  cancelAll(): void;
  /** Resolves when every started job has ended (used on shutdown and in tests). */
  idle(): Promise<void>;
}

/**
 * Import jobs a client polls: start returns at once, status reports files done of total
 * and, at the end, the report. Jobs run one after another so two never write at once.
 */
export function createImportJobs(
  runner: ImportRunner,
  onDone: (outcome: ImportOutcome) => void,
  /** Called with a snapshot whenever a job starts, advances or ends (the core's importProgress event). */
  onChange: (job: ImportProgress) => void = () => undefined,
): ImportJobs {
  const jobs = new Map<string, ImportProgress>();
  const controllers = new Map<string, AbortController>();
  let queue: Promise<void> = Promise.resolve();
  const fail = (job: ImportProgress, error: unknown) => {
    const data = toErrorData(error);
    job.state = 'failed';
    job.currentFile = undefined;
    job.error = data.message;
    job.errorCode = data.code;
  };
  const cancel = (jobId: string) => {
    controllers.get(jobId)?.abort();
  };
  return {
    start(paths) {
      const jobId = randomUUID();
      const job: ImportProgress = { jobId, state: 'running', filesDone: 0, filesTotal: 0 };
      const controller = new AbortController();
      jobs.set(jobId, job);
      controllers.set(jobId, controller);
      for (const [oldId, old] of jobs) {
        if (jobs.size <= keptJobs) break;
        if (old.state !== 'running') jobs.delete(oldId);
      }
      onChange({ ...job });
      queue = queue.then(async () => {
        try {
          if (controller.signal.aborted) throw new KbError('CANCELLED', 'Import cancelled before it started');
          const outcome = await runner(
            paths,
            (event) => {
              job.filesDone = event.filesDone;
              job.filesTotal = event.filesTotal;
              job.currentFile = event.currentFile;
              onChange({ ...job });
            },
            controller.signal,
          );
          onDone(outcome);
          job.report = outcome.report;
          if (outcome.stopped) fail(job, new KbError(outcome.stopped.code, outcome.stopped.message));
          else {
            job.state = 'done';
            job.currentFile = undefined;
          }
        } catch (error) {
          fail(job, error);
        } finally {
          controllers.delete(jobId);
        }
        onChange({ ...job });
      });
      return { jobId };
    },
    status(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new KbError('NOT_FOUND', `No import job ${jobId}`);
      return { ...job };
    },
    list: () =>
      [...jobs.values()]
        .slice(-recentJobs)
        .reverse()
        .map((job) => ({ ...job })),
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new KbError('NOT_FOUND', `No import job ${jobId}`);
      cancel(jobId);
      return { ...job };
    },
    cancelAll() {
      for (const jobId of controllers.keys()) cancel(jobId);
    },
    idle: () => queue,
  };
}
