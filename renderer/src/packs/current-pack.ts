import { useSyncExternalStore } from 'react';

/** Where the pack that "Add to pack" fills is remembered between sessions (per browser profile). */
const storageKey = 'folio.currentPack';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Chooses the pack "Add to pack" adds to (null: none chosen). */
export function setCurrentPack(packId: string | null): void {
  try {
    if (packId) window.localStorage.setItem(storageKey, packId);
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts until the next change.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pack "Add to pack" adds to, following every change. */
export function useCurrentPack(): string | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
