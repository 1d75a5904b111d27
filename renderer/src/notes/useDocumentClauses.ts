import { useMemo } from 'react';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { type DocumentClauses, documentClauses } from './clause-labels';

/** The clause labels of the documents notes are on (one fetch per set of documents; refetched after an import). */
export function useDocumentClauses(docIds: readonly string[]): ReadonlyMap<string, DocumentClauses> {
  const api = useApi();
  const ids = useMemo(() => [...new Set(docIds)].sort(), [docIds]);
  const query = useQuery(
    ids.length > 0 ? `clauses:${ids.join(',')}` : null,
    async () => {
      const docs = await Promise.all(ids.map((id) => api.getDocument({ id }).catch(() => null)));
      return new Map(docs.flatMap((doc) => (doc ? [[doc.id, documentClauses(doc)] as const] : [])));
    },
    { invalidatedBy: (e) => e.name === 'libraryChanged' },
  );
  return query.data ?? new Map();
}
