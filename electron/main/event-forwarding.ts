import { eventChannel } from '../../shared/methods';
import type { KbEventSource } from '../core/events';

/** The part of Electron's WebContents used to push events. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/**
 * Sends every core event to the app window as `(eventChannel, name, payload)`; the
 * preload validates the name and the renderer the payload. Events with no window are dropped.
 *
 * @example forwardEvents(service.events, () => state.window?.webContents ?? null);
 */
export function forwardEvents(source: KbEventSource, target: () => EventTarget | null): () => void {
  return source.subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel, event.name, event.payload);
  });
}
