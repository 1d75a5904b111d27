import { tokenHashKey } from '../../../shared/doors';

const storageKey = 'folio.bridgeToken';
const channelName = 'folio.bridgeToken';
/** How long a new tab waits for an open Folio tab to hand over the token. */
export const handOverWaitMs = 400;

/** The part of BroadcastChannel used here (a fake in tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export interface TokenDeps {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  replaceUrl: (url: string) => void;
  session: Pick<Storage, 'getItem' | 'setItem'>;
  openChannel: () => ChannelLike | null;
  wait: (ms: number) => Promise<void>;
}

function browserDeps(): TokenDeps {
  return {
    location: window.location,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
    session: window.sessionStorage,
    openChannel: () => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/**
 * The bridge token, kept for the browser session and never written to disk:
 * - from `#token=…` in the address (then removed from the address bar and kept in sessionStorage);
 * - else from sessionStorage (a reload of this tab);
 * - else handed over by another open tab of the same Folio (a copied address pasted in a new tab),
 *   over a BroadcastChannel, which only same-origin pages can join.
 * Every tab that has the token answers the others' requests for it.
 */
export function bridgeToken(deps: TokenDeps = browserDeps()): Promise<string | null> {
  const hash = new URLSearchParams(deps.location.hash.replace(/^#/, ''));
  let token = hash.get(tokenHashKey);
  if (token) {
    deps.session.setItem(storageKey, token);
    deps.replaceUrl(`${deps.location.pathname}${deps.location.search}`);
  } else {
    token = deps.session.getItem(storageKey);
  }
  const channel = deps.openChannel();
  if (!channel) return Promise.resolve(token);
  let known = token;
  let answered: (value: string) => void = () => undefined;
  const handedOver = new Promise<string>((resolve) => {
    answered = resolve;
  });
  channel.addEventListener('message', ({ data }) => {
    if (typeof data !== 'object' || data === null) return;
    const message = data as { type?: unknown; token?: unknown };
    if (message.type === 'ask' && known) channel.postMessage({ type: 'token', token: known });
    if (message.type === 'token' && !known && typeof message.token === 'string' && message.token.length > 0) {
      known = message.token;
      deps.session.setItem(storageKey, known);
      answered(known);
    }
  });
  if (token) return Promise.resolve(token);
  channel.postMessage({ type: 'ask' });
  return Promise.race([handedOver, deps.wait(handOverWaitMs).then(() => known)]);
}
