import type { KbEventBridge } from '../../../shared/doors';
import { eventsPath, eventsTokenParam, type KbEvent, parseEvent } from '../../../shared/events';
import { eventNames } from '../../../shared/methods';

export type KbEventListener = (event: KbEvent) => void;

/** The core's pushed events, the same whichever door the page has. */
export interface EventFeed {
  /** Returns the unsubscribe function. */
  subscribe(listener: KbEventListener): () => void;
}

/** Fans one validated stream out to many listeners; `open` starts the stream for the first, `close` ends it after the last. */
function fanOut(open: (deliver: (name: unknown, payload: unknown) => void) => () => void): EventFeed {
  const listeners = new Set<KbEventListener>();
  let close: (() => void) | null = null;
  const deliver = (name: unknown, payload: unknown) => {
    const event = parseEvent(name, payload);
    if (!event) return;
    for (const listener of [...listeners]) listener(event);
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!close) close = open(deliver);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && close) {
          close();
          close = null;
        }
      };
    },
  };
}

/** Electron: the preload's `window.kbEvents`. */
export function bridgeEventFeed(bridge: KbEventBridge): EventFeed {
  return fanOut((deliver) => bridge.subscribe(deliver));
}

/** The part of EventSource the feed uses (a fake in tests). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}

/**
 * The browser door: one EventSource on `/events?token=…` (EventSource sends no headers).
 * The browser reconnects by itself after a drop.
 */
export function sseEventFeed(
  token: () => Promise<string | null>,
  makeSource: (url: string) => EventSourceLike = (url) => new EventSource(url),
): EventFeed {
  return fanOut((deliver) => {
    let source: EventSourceLike | null = null;
    let closed = false;
    void token().then((value) => {
      if (closed) return;
      const url = `${eventsPath}?${eventsTokenParam}=${encodeURIComponent(value ?? '')}`;
      source = makeSource(url);
      for (const name of eventNames) {
        source.addEventListener(name, (message) => {
          if (typeof message.data !== 'string') return;
          try {
            deliver(name, JSON.parse(message.data));
          } catch {
            // not JSON: dropped like any invalid event
          }
        });
      }
    });
    return () => {
      closed = true;
      source?.close();
    };
  });
}
