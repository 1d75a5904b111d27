import { useCallback, useEffect, useRef, useState } from 'react';
import { type ErrorCode, KbError } from '../../../shared/errors';
import type { ImportProgress } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError, errorCode } from '../api/errors';
import { useT } from '../i18n/useT';
import { useImportJobs } from './useImportJobs';

export interface ImportJobState {
  progress: ImportProgress | null;
  /** Why the import could not start or failed, in words. */
  error: string | null;
  /** The code behind `error` (PATH_NOT_ALLOWED, CANCELLED, …). */
  errorCode: ErrorCode | null;
  running: boolean;
  /** True after Cancel until the job stops (between files). */
  cancelling: boolean;
  start: (paths: string[]) => void;
  cancel: () => void;
}

/** Starts an import and follows it through `importProgress` events; `onFinished` runs once at the end. */
export function useImportJob(onFinished: () => void): ImportJobState {
  const api = useApi();
  const t = useT();
  const { jobs, remember } = useImportJobs();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const [cancelledId, setCancelledId] = useState<string | null>(null);
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
          setStartError(e ?? new Error('startImport failed'));
          setStarting(false);
        });
    },
    [api, remember],
  );

  const cancel = useCallback(() => {
    if (!jobId) return;
    setCancelledId(jobId);
    api.cancelImport({ jobId }).then(remember, (e: unknown) => setStartError(e));
  }, [api, jobId, remember]);

  const failure =
    startError !== null
      ? startError
      : progress?.state === 'failed'
        ? new KbError(progress.errorCode ?? 'IMPORT_FAILED', progress.error ?? '')
        : null;
  const running =
    starting || (progress !== null && progress.state === 'running') || (jobId !== null && progress === null);
  return {
    progress,
    error: failure === null ? null : describeError(failure, t),
    errorCode: failure === null ? null : errorCode(failure),
    running,
    cancelling: running && jobId !== null && cancelledId === jobId,
    start,
    cancel,
  };
}
