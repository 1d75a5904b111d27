import type { DocumentDetail } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';
import { forgetShownDocument, takeDocument } from './document-prefetch';

export type DocumentState =
  | { status: 'none' }
  | { status: 'loading'; docId: string }
  | { status: 'ready'; doc: DocumentDetail }
  | { status: 'error'; docId: string; error: string };

/**
 * Loads one document (a stored `version` of it when given) through the shared data hook;
 * refetched when an import changes it. A document prefetched when its hit was pressed is taken as it arrives.
 */
export function useDocument(docId: string | null, version?: string): DocumentState {
  const api = useApi();
  const t = useT();
  const key = docId === null ? null : `document:${docId}@${version ?? 'current'}`;
  const query = useQuery(
    key,
    () => {
      if (docId === null) return Promise.reject(new Error('no document'));
      if (!version) return takeDocument(api, docId);
      forgetShownDocument();
      return api.getDocument({ id: docId, version });
    },
    {
      invalidatedBy: (event) =>
        event.name === 'libraryChanged' && docId !== null && event.payload.docIds.includes(docId),
    },
  );
  if (docId === null) return { status: 'none' };
  if (query.data) return { status: 'ready', doc: query.data };
  if (query.error !== undefined) return { status: 'error', docId, error: describeError(query.error, t) };
  return { status: 'loading', docId };
}
