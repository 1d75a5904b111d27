import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';

export interface LibraryState {
  docs: DocumentSummary[] | null;
  error: string | null;
}

const libraryChanged = (event: { name: string }) => event.name === 'libraryChanged';

/** The document list, refetched whenever the core says the library changed. */
export function useLibrary(): LibraryState {
  const api = useApi();
  const t = useT();
  const query = useQuery('library', () => api.listDocuments({}), { invalidatedBy: libraryChanged });
  return { docs: query.data ?? null, error: query.error === undefined ? null : describeError(query.error, t) };
}
