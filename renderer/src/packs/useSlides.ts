import type { DocumentDetail } from '../../../shared/model';
import type { Note, Pack } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { useQuery } from '../api/useQuery';
import { linkTo } from '../nav/route';
import { buildSlides, docIdsOf, type Slide } from './slides';

/** A pack's items with their passages' text and citations (each document fetched once). */
export function useSlides(pack: Pack | null) {
  const api = useApi();
  const key = pack ? `slides:${pack.id}:${pack.updatedAt}:${pack.items.length}` : null;
  return useQuery<Slide[]>(
    key,
    async () => {
      if (!pack) return [];
      const wantsNotes = pack.items.some((item) => item.kind === 'note');
      const notes = new Map<string, Note>(
        wantsNotes ? (await api.listNotes({})).map((note): [string, Note] => [note.id, note]) : [],
      );
      const docs = new Map<string, DocumentDetail>();
      await Promise.all(
        docIdsOf(pack, notes).map(async (id) => {
          // A document removed from the library leaves its items marked missing, not the pack unreadable.
          const doc = await api.getDocument({ id }).catch(() => null);
          if (doc) docs.set(id, doc);
        }),
      );
      return buildSlides(pack, { docs, notes, link: linkTo });
    },
    { keepPrevious: true, invalidatedBy: (event) => event.name === 'libraryChanged' },
  );
}
