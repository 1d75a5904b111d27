import { useEffect } from 'react';
import type { Pack } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { onPacksChanged } from './pack-signal';

/** Every pack, refetched when one changes in this window or the core says notes changed. */
export function usePacks(enabled = true) {
  const api = useApi();
  const query = useQuery<Pack[]>(enabled ? 'packs' : null, () => api.listPacks({}), {
    keepPrevious: true,
    invalidatedBy: (event) => (event.name as string) === 'notesChanged',
  });
  const { refetch } = query;
  useEffect(() => onPacksChanged(refetch), [refetch]);
  return query;
}
