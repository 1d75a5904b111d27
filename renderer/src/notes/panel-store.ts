import { useSyncExternalStore } from 'react';

export type NotesPanelTab = 'all' | 'review';
export interface NotesPanelState {
  open: boolean;
  tab: NotesPanelTab;
}

let state: NotesPanelState = { open: false, tab: 'all' };
const listeners = new Set<() => void>();
const set = (next: NotesPanelState) => {
  state = next;
  for (const listener of listeners) listener();
};

/** Opens the notes panel on a tab (the top bar's button, the palette, the reader). */
export function showNotesPanel(tab: NotesPanelTab = 'all'): void {
  set({ open: true, tab });
}

export function hideNotesPanel(): void {
  set({ ...state, open: false });
}

/** The panel's state, shared by whoever opens it and the layer that shows it. */
export function useNotesPanel(): NotesPanelState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
