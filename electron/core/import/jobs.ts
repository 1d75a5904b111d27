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
  let queue: Promise<void> = Promise.resolve();
  return {
    start(paths) {
      const jobId = randomUUID();
      const job: ImportProgress = { jobId, state: 'running', filesDone: 0, filesTotal: 0 };
      jobs.set(jobId, job);
      for (const [oldId, old] of jobs) {
        if (jobs.size <= keptJobs) break;
        if (old.state !== 'running') jobs.delete(oldId);
      }
      onChange({ ...job });
      queue = queue.then(async () => {
        try {
          const outcome = await runner(paths, (event) => {
            job.filesDone = event.filesDone;
            job.filesTotal = event.filesTotal;
            job.currentFile = event.currentFile;
            onChange({ ...job });
          });
          onDone(outcome);
          job.state = 'done';
          job.currentFile = undefined;
          job.report = outcome.report;
        } catch (error) {
          job.state = 'failed';
          job.error = toErrorData(error).message;
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
    idle: () => queue,
  };
}
