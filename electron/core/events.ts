import type { KbEvent } from '../../shared/events';

export type KbEventListener = (event: KbEvent) => void;

/** Where the doors subscribe to what the core pushes. */
export interface KbEventSource {
  /** Returns the unsubscribe function. */
  subscribe(listener: KbEventListener): () => void;
}

export interface KbEventHub extends KbEventSource {
  emit(event: KbEvent): void;
}

/** A plain fan-out: a listener that throws is reported and does not stop the others. */
export function createEventHub(): KbEventHub {
  const listeners = new Set<KbEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error(`Folio: a ${event.name} listener failed:`, error);
        }
      }
    },
  };
}
