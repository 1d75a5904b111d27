import type { KbApi } from '../../../shared/api';
import type { KbBridge, KbEventBridge } from '../../../shared/doors';
import { createClient, type Transport } from '../../../shared/rpc';
import { bridgeEventFeed, type EventFeed, sseEventFeed } from './events';
import { httpTransport } from './http-transport';
import { bridgeToken } from './token';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    readonly kb?: KbBridge;
    /** The core's pushed events, exposed by the Electron preload. */
    readonly kbEvents?: KbEventBridge;
  }
}

/** Which door the client talks through, shown in the status bar. */
export type Door = 'electron' | 'http';

/**
 * Builds the typed API and the event feed for this page: through `window.kb` and
 * `window.kbEvents` inside Electron, else through the loopback HTTP bridge (calls) and its
 * Server-Sent Events stream (events). Both validate what arrives against the contract.
 *
 * @example
 *   const { api, events } = connect();
 *   const docs = await api.listDocuments({});
 *   const stop = events.subscribe((event) => console.log(event.name));
 */
export function connect(): { api: KbApi; events: EventFeed; door: Door } {
  const bridge = window.kb;
  const eventBridge = window.kbEvents;
  if (bridge && eventBridge) {
    const transport: Transport = (method, input) => bridge[method](input);
    return { api: createClient(transport), events: bridgeEventFeed(eventBridge), door: 'electron' };
  }
  const token = bridgeToken();
  const tokenSource = () => token;
  return { api: createClient(httpTransport(tokenSource)), events: sseEventFeed(tokenSource), door: 'http' };
}
