/**
 * Tells every packs view that a pack changed here (there is no `notesChanged` event yet;
 * when notes-ui adds it, `usePacks` listens to that too).
 */
const listeners = new Set<() => void>();

export function packsChanged(): void {
  for (const listener of listeners) listener();
}

export function onPacksChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
