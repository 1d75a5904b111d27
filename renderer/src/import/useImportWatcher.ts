import type { ImportProgress } from '../../../shared/model';
import { useImportJobs } from './useImportJobs';

/** The newest running import, whoever started it (for the top-bar progress); null when none runs. */
export function useImportWatcher(): ImportProgress | null {
  const { jobs } = useImportJobs();
  let running: ImportProgress | null = null;
  for (const job of jobs.values()) if (job.state === 'running') running = job;
  return running;
}
