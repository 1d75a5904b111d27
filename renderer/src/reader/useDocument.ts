import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';

export type DocumentState =
  | { status: 'none' }
  | { status: 'loading'; docId: string }
  | { status: 'ready'; doc: DocumentDetail }
  | { status: 'error'; docId: string; error: string };

/** Loads one document (a stored `version` of it when given); a later request wins over one still in flight. */
export function useDocument(docId: string | null, reloadKey: number, version?: string): DocumentState {
  const api = useApi();
  const [state, setState] = useState<DocumentState>({ status: 'none' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadKey` is the reload trigger
  useEffect(() => {
    if (!docId) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState((s) => (s.status === 'ready' && s.doc.id === docId ? s : { status: 'loading', docId }));
    api.getDocument(version ? { id: docId, version } : { id: docId }).then(
      (doc) => {
        if (current) setState({ status: 'ready', doc });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', docId, error: describeError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, docId, reloadKey, version]);
  return state;
}
