import { useCallback, useEffect, useRef, useState } from 'react';
import type { KbEvent } from '../../../shared/events';
import { useEventListener } from './ApiContext';
import {
  createQueryRunner,
  type Fetcher,
  idleSnapshot,
  type KeptData,
  keptData,
  type QuerySnapshot,
} from './query-runner';

export interface QueryOptions {
  /** Refetch when a pushed event says this data changed. */
  invalidatedBy?: (event: KbEvent) => boolean;
  /** While a new key loads, keep showing the previous key's data (a list growing a page, a query being typed); not across a null key. */
  keepPrevious?: boolean;
}

export type QueryState<T> = QuerySnapshot<T> & {
  /** The key the shown `data` answers (differs from `key` while keepPrevious shows older data). */
  dataKey: string | null;
  refetch: () => void;
};

const never = () => false;

/**
 * The renderer's one data hook: fetches when `key` changes (null = nothing to fetch), keeps
 * only the latest reply, aborts the rest on change and unmount, and refetches when an event
 * matching `invalidatedBy` arrives. `fetcher` may change between renders; `key` decides when to run.
 *
 * @example
 *   const docs = useQuery('docs', () => api.listDocuments({}), { invalidatedBy: (e) => e.name === 'libraryChanged' });
 */
export function useQuery<T>(key: string | null, fetcher: Fetcher<T>, options: QueryOptions = {}): QueryState<T> {
  const [snapshot, setSnapshot] = useState<QuerySnapshot<T>>(idleSnapshot);
  const runner = useRef<ReturnType<typeof createQueryRunner<T>> | null>(null);
  if (!runner.current) runner.current = createQueryRunner<T>(setSnapshot);
  const latestFetcher = useRef(fetcher);
  latestFetcher.current = fetcher;
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the refetch trigger
  useEffect(() => {
    runner.current?.run(key, (signal) => latestFetcher.current(signal));
  }, [key, generation]);
  useEffect(() => () => runner.current?.cancel(), []);

  const invalidatedBy = options.invalidatedBy ?? never;
  useEventListener((event) => {
    if (key !== null && invalidatedBy(event)) setGeneration((g) => g + 1);
  });

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const lastData = useRef<KeptData<T>>(null);
  lastData.current = keptData(lastData.current, snapshot, key);
  // A snapshot for an older key is never shown as the current key's data.
  const shown = snapshot.key === key ? snapshot : { ...idleSnapshot, key, loading: key !== null };
  if (shown.data !== undefined || key === null)
    return { ...shown, dataKey: shown.data === undefined ? null : key, refetch };
  const previous = options.keepPrevious ? lastData.current : null;
  return previous && shown.error === undefined
    ? { ...shown, data: previous.data, dataKey: previous.key, refetch }
    : { ...shown, dataKey: null, refetch };
}
