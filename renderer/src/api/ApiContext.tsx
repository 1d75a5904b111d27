import { createContext, useContext, useEffect, useRef } from 'react';
import type { KbApi } from '../../../shared/api';
import type { KbEvent } from '../../../shared/events';
import type { EventFeed } from './events';

export const ApiContext = createContext<KbApi | null>(null);
export const EventsContext = createContext<EventFeed | null>(null);

/** The typed API for components below <ApiContext value={api}>. */
export function useApi(): KbApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext>');
  return api;
}

/** The event feed for components below <EventsContext value={events}>. */
export function useEvents(): EventFeed {
  const events = useContext(EventsContext);
  if (!events) throw new Error('useEvents() outside <EventsContext>');
  return events;
}

/** Calls `onEvent` for every pushed event while mounted; the handler may change between renders. */
export function useEventListener(onEvent: (event: KbEvent) => void): void {
  const events = useEvents();
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => events.subscribe((event) => latest.current(event)), [events]);
}
