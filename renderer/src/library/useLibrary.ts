import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';

export interface LibraryState {
  docs: DocumentSummary[] | null;
  error: string | null;
  reload: () => void;
}

/** The document list, reloaded on demand (after an import). */
export function useLibrary(): LibraryState {
  const api = useApi();
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger
  useEffect(() => {
    let current = true;
    api.listDocuments({}).then(
      (list) => {
        if (!current) return;
        setDocs(list);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(describeError(e));
      },
    );
    return () => {
      current = false;
    };
  }, [api, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { docs, error, reload };
}
