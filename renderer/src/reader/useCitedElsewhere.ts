import { useMemo } from 'react';
import type { CitedBy } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';

const none: ReadonlyMap<string, CitedBy[]> = new Map();

/**
 * Where other documents cite this law's clauses, asked for after the document is shown
 * (it reads the library, so it must not hold up the first screen). Empty until it answers
 * or when it fails: the document reads the same without it. Any library change may add or
 * remove a citing law, so every `libraryChanged` refetches it.
 */
export function useCitedElsewhere(docId: string | null): ReadonlyMap<string, CitedBy[]> {
  const api = useApi();
  const query = useQuery(
    docId === null ? null : `cited-elsewhere:${docId}`,
    () => api.citedElsewhere({ id: docId ?? '' }),
    {
      invalidatedBy: (event) => event.name === 'libraryChanged',
    },
  );
  return useMemo(
    () =>
      query.data && query.dataKey === `cited-elsewhere:${docId}`
        ? new Map(query.data.map((p) => [p.passageId, p.citedBy]))
        : none,
    [query.data, query.dataKey, docId],
  );
}
