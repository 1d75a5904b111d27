import { useCallback, useState } from 'react';
import { firstPageHits, renderedSearchHits } from '../../../shared/limits';
import type { SearchResult } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';
import { useDebounced } from '../ui/useDebounced';

/** Hits asked for first (declared with the other limits in shared/limits.ts). */
export const firstPageSize = firstPageHits;
/** The most hits asked for (shared/limits.ts). */
export const searchLimit = renderedSearchHits;
/** Typing pause before a search runs (the goal: at most 120 ms). */
export const searchDebounceMs = 120;

export interface SearchState {
  /** The query these results answer (may lag behind the input). */
  query: string;
  result: SearchResult | null;
  error: string | null;
  loading: boolean;
  /** True when more hits than shown may exist (the first page came back full). */
  more: boolean;
  /** The query once typing has paused (or Enter was pressed): the one being searched for. */
  settledQuery: string;
}

const isBlank = (q: string) => q.trim() === '';
/** The query inside a `search:<limit>:<query>` key. */
const queryOfKey = (key: string) => key.slice(key.indexOf(':', 'search:'.length) + 1);

/**
 * Searches as the user types (debounced), through the shared data hook: the latest reply wins,
 * a first page comes first and `loadMore` fetches the rest, and results refresh when the
 * library changes. `runNow` searches at once (Enter).
 */
export function useSearch(query: string): SearchState & { runNow: () => void; loadMore: () => void } {
  const api = useApi();
  const t = useT();
  const [forced, setForced] = useState<string | null>(null);
  const debounced = useDebounced(query, searchDebounceMs, isBlank);
  const settled = forced === query ? query : debounced;
  const [pages, setPages] = useState<{ query: string; limit: number }>({ query: '', limit: firstPageSize });
  const limit = pages.query === settled ? pages.limit : firstPageSize;
  const search = useQuery(
    isBlank(settled) ? null : `search:${limit}:${settled}`,
    () => api.search({ query: settled, limit }),
    { invalidatedBy: (event) => event.name === 'libraryChanged', keepPrevious: true },
  );
  const { refetch } = search;
  const runNow = useCallback(() => {
    if (settled === query) refetch();
    else setForced(query);
  }, [query, settled, refetch]);
  const loadMore = useCallback(() => setPages({ query: settled, limit: searchLimit }), [settled]);
  const result = search.data ?? null;
  return {
    query: search.dataKey === null ? settled : queryOfKey(search.dataKey),
    result,
    error: search.error === undefined ? null : describeError(search.error, t),
    loading: search.loading,
    more: result !== null && result.hits.length >= limit && limit < searchLimit,
    settledQuery: settled,
    runNow,
    loadMore,
  };
}
