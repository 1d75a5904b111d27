import type { KbEvent } from '../../../shared/events';
import type { ListNotes } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';

/** Notes views go stale when notes change, and when an import re-anchors them. */
export const notesInvalidated = (event: KbEvent) => event.name === 'notesChanged' || event.name === 'libraryChanged';

export function useNotesList(filter: ListNotes) {
  const api = useApi();
  return useQuery(`notes:${JSON.stringify(filter)}`, () => api.listNotes(filter), {
    invalidatedBy: notesInvalidated,
    keepPrevious: true,
  });
}

export function useReviewQueue() {
  const api = useApi();
  return useQuery('notes:review', () => api.notesReviewQueue({}), { invalidatedBy: notesInvalidated });
}

export function useNoteTags() {
  const api = useApi();
  return useQuery('notes:tags', () => api.listNoteTags({}), { invalidatedBy: notesInvalidated });
}
