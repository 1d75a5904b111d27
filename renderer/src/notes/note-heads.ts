import { useSyncExternalStore } from 'react';

/**
 * The first words of each note on the document in the reader, by note id: the accessible name of a
 * highlight says them. NotesLayer fills it (one listNotes per document); highlights read it.
 */
let heads: ReadonlyMap<string, string> = new Map();
const listeners = new Set<() => void>();

export function setNoteHeads(next: ReadonlyMap<string, string>): void {
  heads = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first words of a note, or undefined while unknown (or when the highlight has none). */
export function useNoteHead(id: string): string | undefined {
  return useSyncExternalStore(
    subscribe,
    () => heads.get(id),
    () => undefined,
  );
}

/** Enough words to tell notes apart when read aloud, without reading a whole note. */
const headWords = 6;
/** The same for text without spaces (Chinese): a character budget. */
const headChars = 24;

/**
 * The opening words of a text, with "…" when it goes on.
 * @example firstWords('Check the quota before the launch of the product') // 'Check the quota before the launch…'
 */
export function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  let out = words.slice(0, headWords).join(' ');
  if (out.length > headChars * 2 || (words.length <= 1 && out.length > headChars))
    out = out.slice(0, words.length <= 1 ? headChars : headChars * 2);
  return out.length < text.trim().length ? `${out}…` : out;
}
