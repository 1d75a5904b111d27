import type { DocumentDetail } from '../../../shared/model';
import type { Note, Pack, PackItem } from '../../../shared/notes-model';
import { citationText } from '../reader/citation';
import { clauseLabel } from '../text/labels';

/** One item of a pack as the panel and the presenter show it. */
export interface Slide {
  itemId: string;
  kind: PackItem['kind'];
  /** Document title and clause label; absent for the trainer's own text. */
  heading?: string;
  /** The passage text, the highlight's quote, or the trainer's text. */
  body: string;
  /** The language of `body` (document text keeps its own). */
  lang?: string;
  quiz?: { question: string; answer: string };
  /** The trainer's note on a passage or highlight (the speaker note). */
  speakerNote?: string;
  citation?: string;
  /** Set when the passage or highlight is no longer in the library. */
  missing?: boolean;
}

/** What slides are built from: the documents and notes the pack's items point to. */
export interface SlideSources {
  docs: ReadonlyMap<string, DocumentDetail>;
  notes: ReadonlyMap<string, Note>;
  /** The address of a passage, for citations. */
  link: (docId: string, passageId?: string) => string;
}

/** The documents a pack's items need (to fetch once each). */
export function docIdsOf(pack: Pack, notes: ReadonlyMap<string, Note>): string[] {
  const ids = new Set<string>();
  for (const item of pack.items) {
    const docId = item.docId ?? (item.noteId ? notes.get(item.noteId)?.docId : undefined);
    if (docId) ids.add(docId);
  }
  return [...ids];
}

function passageSlide(item: PackItem, docId: string, passageId: string | undefined, sources: SlideSources): Slide {
  const doc = sources.docs.get(docId);
  const passage = doc?.passages.find((p) => p.id === passageId);
  const base = { itemId: item.id, kind: item.kind, quiz: item.quiz, speakerNote: item.text || undefined };
  if (!doc || !passage) return { ...base, body: '', missing: true };
  // A FAQ's question names it better than its "Q" label.
  const label =
    (passage.kind === 'faq' && passage.title) ||
    clauseLabel(passage.kind, passage.number, doc.lang, passage.label) ||
    passage.title ||
    '';
  return {
    ...base,
    heading: label ? `${doc.title} · ${label}` : doc.title,
    body: passage.text,
    lang: doc.lang,
    citation: citationText(doc, passage, sources.link(doc.id, passage.id)),
  };
}

/** A pack's items in order, with their text and citations filled in. */
export function buildSlides(pack: Pack, sources: SlideSources): Slide[] {
  return pack.items.map((item): Slide => {
    if (item.kind === 'text') return { itemId: item.id, kind: 'text', body: item.text ?? '', quiz: item.quiz };
    if (item.kind === 'note') {
      const note = item.noteId ? sources.notes.get(item.noteId) : undefined;
      if (!note) return { itemId: item.id, kind: 'note', body: '', missing: true, speakerNote: item.text || undefined };
      const slide = passageSlide(item, note.docId, note.anchor?.passageId, sources);
      const words = [note.note, item.text].filter(Boolean).join('\n\n');
      return { ...slide, body: note.quote?.exact ?? slide.body, speakerNote: words || undefined };
    }
    return passageSlide(item, item.docId ?? '', item.passageId, sources);
  });
}
