import { useEffect, useState } from 'react';
import type { Comparison } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';

export type ComparisonState =
  | { status: 'loading' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'error'; error: string };

/** Loads the comparison of a document's versions; a later request wins over one still in flight. */
export function useComparison(docId: string, from?: string, to?: string): ComparisonState {
  const api = useApi();
  const t = useT();
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api.compareVersions({ id: docId, ...(from ? { from } : {}), ...(to ? { to } : {}) }).then(
      (comparison) => {
        if (current) setState({ status: 'ready', comparison });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', error: describeError(error, t) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, docId, from, to, t]);
  return state;
}
