import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { useImportJobs } from './useImportJobs';

export interface ImportJobState {
  progress: ImportProgress | null;
  error: string | null;
  running: boolean;
  start: (paths: string[]) => void;
}

/** Starts an import and follows it through `importProgress` events; `onFinished` runs once at the end. */
export function useImportJob(onFinished: () => void): ImportJobState {
  const api = useApi();
  const t = useT();
  const { jobs, remember } = useImportJobs();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const reported = useRef<string | null>(null);

  const progress = jobId ? (jobs.get(jobId) ?? null) : null;
  const ended = progress !== null && progress.state !== 'running';

  useEffect(() => {
    if (ended && jobId && reported.current !== jobId) {
      reported.current = jobId;
      finished.current();
    }
  }, [ended, jobId]);

  const start = useCallback(
    (paths: string[]) => {
      setStartError(null);
      setJobId(null);
      setStarting(true);
      api
        .startImport({ paths })
        .then(({ jobId: id }) => {
          setJobId(id);
          setStarting(false);
          // One read covers events that came before the reply named the job.
          return api.importStatus({ jobId: id }).then(remember);
        })
        .catch((e: unknown) => {
          setStartError(describeError(e, t));
          setStarting(false);
        });
    },
    [api, remember, t],
  );

  const failed = progress?.state === 'failed' ? (progress.error ?? 'IMPORT_FAILED') : null;
  return {
    progress,
    error: startError ?? failed,
    running: starting || (progress !== null && progress.state === 'running') || (jobId !== null && progress === null),
    start,
  };
}
