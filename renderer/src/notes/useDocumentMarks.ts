import { useMemo, useRef } from 'react';
import type { Passage } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { keepUnchanged, type PassageMarks, packedMarksByPassage } from './passage-highlights';

const none = new Map<string, PassageMarks>();

/**
 * The user's highlights and bookmarks on a document's current version, per passage; refetched
 * when notes change or the library does (re-anchoring follows every import). null docId = none.
 * A passage whose marks a refetch left as they were keeps the same object, so its row does not redraw.
 */
export function useDocumentMarks(docId: string | null, passages: readonly Passage[]): Map<string, PassageMarks> {
  const api = useApi();
  const query = useQuery(docId ? `marks:${docId}` : null, () => api.documentMarks({ docId: docId ?? '' }), {
    invalidatedBy: (e) => e.name === 'notesChanged' || e.name === 'libraryChanged',
    keepPrevious: true,
  });
  const packed = query.dataKey === `marks:${docId}` ? query.data : undefined;
  const shown = useRef(none);
  return useMemo(() => {
    if (!packed || packed.ids.length === 0) {
      shown.current = none;
      return none;
    }
    const lengths = new Map(passages.map((p) => [p.id, p.text.length]));
    const next = packedMarksByPassage(
      packed,
      passages.map((p) => p.id),
      (id) => lengths.get(id) ?? 0,
    );
    // Recomputing gives the same map again, so this stays right if React runs it twice.
    shown.current = keepUnchanged(shown.current, next);
    return shown.current;
  }, [packed, passages]);
}
