import type { KbApi } from '../../../shared/api';
import type { KbBridge } from '../../../shared/doors';
import { createClient, type Transport } from '../../../shared/rpc';
import { httpTransport } from './http-transport';
import { takeBridgeToken } from './token';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    readonly kb?: KbBridge;
  }
}

/** Which door the client talks through, shown in the status bar. */
export type Door = 'electron' | 'http';

/**
 * Builds the typed API for this page: through `window.kb` inside Electron, else
 * through the loopback HTTP bridge. Both validate replies against the contract.
 *
 * @example
 *   const { api } = connect();
 *   const docs = await api.listDocuments({});
 */
export function connect(): { api: KbApi; door: Door } {
  const bridge = window.kb;
  if (bridge) {
    const transport: Transport = (method, input) => bridge[method](input);
    return { api: createClient(transport), door: 'electron' };
  }
  return { api: createClient(httpTransport(takeBridgeToken())), door: 'http' };
}
