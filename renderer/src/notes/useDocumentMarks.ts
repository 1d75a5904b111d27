import { useMemo } from 'react';
import type { Passage } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { type PassageMarks, packedMarksByPassage } from './passage-highlights';

const none = new Map<string, PassageMarks>();

/**
 * The user's highlights and bookmarks on a document's current version, per passage; refetched
 * when notes change or the library does (re-anchoring follows every import). null docId = none.
 */
export function useDocumentMarks(docId: string | null, passages: readonly Passage[]): Map<string, PassageMarks> {
  const api = useApi();
  const query = useQuery(docId ? `marks:${docId}` : null, () => api.documentMarks({ docId: docId ?? '' }), {
    invalidatedBy: (e) => e.name === 'notesChanged' || e.name === 'libraryChanged',
    keepPrevious: true,
  });
  const packed = query.dataKey === `marks:${docId}` ? query.data : undefined;
  return useMemo(() => {
    if (!packed || packed.ids.length === 0) return none;
    const lengths = new Map(passages.map((p) => [p.id, p.text.length]));
    return packedMarksByPassage(
      packed,
      passages.map((p) => p.id),
      (id) => lengths.get(id) ?? 0,
    );
  }, [packed, passages]);
}
