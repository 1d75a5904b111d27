import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';

/** How often a running import is asked for its progress. */
export const pollMs = 250;

export interface ImportJobState {
  progress: ImportProgress | null;
  error: string | null;
  running: boolean;
  start: (paths: string[]) => void;
}

/** Starts an import and polls its status until it ends; `onFinished` runs once at the end. */
export function useImportJob(onFinished: () => void): ImportJobState {
  const api = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback(
    (jobId: string) => {
      api.importStatus({ jobId }).then(
        (status) => {
          if (!alive.current) return;
          setProgress(status);
          if (status.state === 'running') {
            timer.current = setTimeout(() => poll(jobId), pollMs);
          } else {
            setRunning(false);
            if (status.state === 'failed') setError(status.error ?? 'The import failed.');
            finished.current();
          }
        },
        (e: unknown) => {
          if (!alive.current) return;
          setError(describeError(e));
          setRunning(false);
        },
      );
    },
    [api],
  );

  const start = useCallback(
    (paths: string[]) => {
      clearTimeout(timer.current);
      setError(null);
      setProgress(null);
      setRunning(true);
      api.startImport({ paths }).then(
        ({ jobId }) => {
          if (alive.current) poll(jobId);
        },
        (e: unknown) => {
          if (!alive.current) return;
          setError(describeError(e));
          setRunning(false);
        },
      );
    },
    [api, poll],
  );

  return { progress, error, running, start };
}
