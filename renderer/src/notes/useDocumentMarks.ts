import { useMemo, useRef } from 'react';
import type { Passage } from '../../../shared/model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { takeFirstScreenMarks } from '../reader/document-prefetch';
import { keepUnchanged, type PassageMarks, packedMarksByPassage } from './passage-highlights';

const none = new Map<string, PassageMarks>();

/** Which marks to ask for: a first screen's (around a passage, or the top), or all of them. */
export type MarksScope = { firstScreen: { around?: string } } | 'all';

/**
 * The user's highlights and bookmarks on a document's current version, per passage; refetched
 * when notes change or the library does (re-anchoring follows every import). null docId = none.
 * While the reader shows a long document's first screen, only that screen's marks are asked for
 * (10,000 marks are half a megabyte); the first screen's marks stay drawn until all of them arrive.
 * A passage whose marks a refetch left as they were keeps the same object, so its row does not redraw.
 */
export function useDocumentMarks(
  docId: string | null,
  passages: readonly Passage[],
  scope: MarksScope = 'all',
): { byPassage: Map<string, PassageMarks>; settled: boolean } {
  const api = useApi();
  const forDoc = `marks:${docId}`;
  const firstScreen = scope === 'all' ? undefined : scope.firstScreen;
  // The first screen is cut where the document's was (around the passage asked for then): a later
  // passage asked for in the same document does not ask for its marks again.
  const key = docId ? (firstScreen ? `${forDoc}:first` : forDoc) : null;
  const query = useQuery(
    key,
    // A first screen's marks may be on their way already, asked for with the document when its hit was pressed.
    () =>
      firstScreen
        ? takeFirstScreenMarks(api, docId ?? '', firstScreen.around)
        : api.documentMarks({ docId: docId ?? '' }),
    {
      invalidatedBy: (e) => e.name === 'notesChanged' || e.name === 'libraryChanged',
      keepPrevious: true,
    },
  );
  const belongs = query.dataKey === forDoc || query.dataKey === `${forDoc}:first`;
  const packed = belongs ? query.data : undefined;
  // Settled: this document's marks are in (a first screen's count), failed, or there is no document.
  const settled = docId === null || belongs || query.error !== undefined;
  const shown = useRef(none);
  const byPassage = useMemo(() => {
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
  return { byPassage, settled };
}
