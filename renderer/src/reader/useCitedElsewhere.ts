import { useEffect, useState } from 'react';
import type { CitedBy } from '../../../shared/model';
import { useApi } from '../api/ApiContext';

const none: ReadonlyMap<string, CitedBy[]> = new Map();

/**
 * Where other documents cite this law's clauses, asked for after the document is shown
 * (it reads the library, so it must not hold up the first screen). Empty until it answers
 * or when it fails: the document reads the same without it.
 */
export function useCitedElsewhere(docId: string | null, reloadKey: number): ReadonlyMap<string, CitedBy[]> {
  const api = useApi();
  const [state, setState] = useState<{ docId: string | null; map: ReadonlyMap<string, CitedBy[]> }>({
    docId: null,
    map: none,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloadKey` is the reload trigger
  useEffect(() => {
    if (!docId) return;
    let current = true;
    api.citedElsewhere({ id: docId }).then(
      (list) => {
        if (current) setState({ docId, map: new Map(list.map((p) => [p.passageId, p.citedBy])) });
      },
      () => {
        if (current) setState({ docId, map: none });
      },
    );
    return () => {
      current = false;
    };
  }, [api, docId, reloadKey]);
  return state.docId === docId ? state.map : none;
}
