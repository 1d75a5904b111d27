import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';

/** The most hits asked for; the list is virtualised so thousands stay smooth. */
export const searchLimit = 1000;

export interface SearchState {
  /** The query these results answer (may lag behind the input). */
  query: string;
  result: SearchResult | null;
  error: string | null;
  loading: boolean;
}

const idle: SearchState = { query: '', result: null, error: null, loading: false };

/**
 * Searches as the user types (debounced), keeping only the reply to the latest request.
 * `runNow` searches immediately (Enter).
 */
export function useSearch(query: string, delayMs = 200): SearchState & { runNow: () => void } {
  const api = useApi();
  const [state, setState] = useState<SearchState>(idle);
  const seq = useRef(0);
  const requested = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(
    (q: string) => {
      clearTimeout(timer.current);
      const id = ++seq.current;
      requested.current = q;
      if (q.trim() === '') {
        setState(idle);
        return;
      }
      setState((s) => ({ ...s, loading: true }));
      api.search({ query: q, limit: searchLimit }).then(
        (result) => {
          if (id === seq.current) setState({ query: q, result, error: null, loading: false });
        },
        (error: unknown) => {
          if (id === seq.current) setState({ query: q, result: null, error: describeError(error), loading: false });
        },
      );
    },
    [api],
  );

  useEffect(() => {
    if (requested.current === query) return;
    timer.current = setTimeout(() => run(query), query.trim() === '' ? 0 : delayMs);
    return () => clearTimeout(timer.current);
  }, [query, run, delayMs]);

  const runNow = useCallback(() => run(query), [run, query]);
  return { ...state, runNow };
}
