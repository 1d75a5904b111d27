import { useCallback, useEffect, useState } from 'react';
import type { ImportProgress } from '../../../shared/model';
import { useApi, useEventListener } from '../api/ApiContext';

/** Keeps the newer of two snapshots of one job (an event and a reply may cross). */
function newer(a: ImportProgress | undefined, b: ImportProgress): ImportProgress {
  if (!a) return b;
  if (a.state !== 'running') return a;
  if (b.state !== 'running') return b;
  return b.filesDone >= a.filesDone ? b : a;
}

export function mergeProgress(
  jobs: ReadonlyMap<string, ImportProgress>,
  updates: readonly ImportProgress[],
): Map<string, ImportProgress> {
  const next = new Map(jobs);
  for (const update of updates) next.set(update.jobId, newer(next.get(update.jobId), update));
  return next;
}

/**
 * Every import job this page knows of, whoever started it (this page, the desktop menu,
 * another tab): the recent ones are read once on mount, then kept current by `importProgress` events.
 */
export function useImportJobs(): {
  jobs: ReadonlyMap<string, ImportProgress>;
  remember: (job: ImportProgress) => void;
} {
  const api = useApi();
  const [jobs, setJobs] = useState<ReadonlyMap<string, ImportProgress>>(new Map());
  useEffect(() => {
    let current = true;
    api.listImports({}).then(
      (list) => {
        if (current) setJobs((known) => mergeProgress(known, list));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  useEventListener((event) => {
    if (event.name === 'importProgress') setJobs((known) => mergeProgress(known, [event.payload]));
  });
  const remember = useCallback((job: ImportProgress) => setJobs((known) => mergeProgress(known, [job])), []);
  return { jobs, remember };
}
