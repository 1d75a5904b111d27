import { useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../shared/model';
import { useApi } from '../api/ApiContext';

/** How often the app checks for imports it did not start itself (e.g. from the desktop menu). */
export const watchMs = 1500;

/**
 * Watches every import, whoever started it: returns the newest running one (for the
 * top-bar progress) and calls `onFinished` when a job has ended since the app opened —
 * including one that started and ended between two checks.
 */
export function useImportWatcher(onFinished: () => void): ImportProgress | null {
  const api = useApi();
  const [running, setRunning] = useState<ImportProgress | null>(null);
  const reported = useRef<Set<string> | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      api.listImports({}).then(
        (jobs) => {
          if (!alive) return;
          const ended = jobs.filter((job) => job.state !== 'running').map((job) => job.jobId);
          const firstCheck = reported.current === null;
          const seen = reported.current ?? new Set<string>();
          const fresh = ended.filter((id) => !seen.has(id));
          for (const id of fresh) seen.add(id);
          reported.current = seen;
          setRunning(jobs.find((job) => job.state === 'running') ?? null);
          if (!firstCheck && fresh.length > 0) finished.current();
          timer = setTimeout(check, watchMs);
        },
        () => {
          if (alive) timer = setTimeout(check, watchMs * 2);
        },
      );
    };
    check();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [api]);

  return running;
}
