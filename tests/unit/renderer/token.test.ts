import { describe, expect, test } from 'vitest';
import { bridgeToken, type ChannelLike, type TokenDeps } from '../../../renderer/src/api/token';

/** BroadcastChannel between tabs of one origin, as an in-memory bus. */
function bus() {
  const members = new Set<{ listeners: ((e: { data: unknown }) => void)[] }>();
  return () => {
    const me = { listeners: [] as ((e: { data: unknown }) => void)[] };
    members.add(me);
    const channel: ChannelLike = {
      postMessage: (data) => {
        for (const other of members) if (other !== me) for (const l of other.listeners) l({ data });
      },
      addEventListener: (_type, listener) => me.listeners.push(listener),
      close: () => members.delete(me),
    };
    return channel;
  };
}

function tab(hash: string, openChannel: () => ChannelLike | null, session = new Map<string, string>()) {
  const replaced: string[] = [];
  const deps: TokenDeps = {
    location: { hash, pathname: '/', search: '' },
    replaceUrl: (url) => replaced.push(url),
    session: { getItem: (k) => session.get(k) ?? null, setItem: (k, v) => void session.set(k, v) },
    openChannel,
    wait: () => new Promise((resolve) => setTimeout(resolve, 5)),
  };
  return { deps, replaced, session };
}

describe('the bridge token in the browser', () => {
  test('is taken from #token= and removed from the address bar', async () => {
    const t = tab('#token=abc', () => null);
    expect([await bridgeToken(t.deps), t.replaced]).toEqual(['abc', ['/']]);
  });
  test('survives a reload of the tab (sessionStorage)', async () => {
    const session = new Map<string, string>();
    await bridgeToken(tab('#token=abc', () => null, session).deps);
    expect(await bridgeToken(tab('#/doc/d1', () => null, session).deps)).toBe('abc');
  });
  test('a new tab on a copied address gets it from an open Folio tab', async () => {
    const join = bus();
    await bridgeToken(tab('#token=abc', join).deps);
    const fresh = tab('#/doc/d1/p/p9', join);
    expect([await bridgeToken(fresh.deps), fresh.replaced]).toEqual(['abc', []]);
  });
  test('the handed-over token is kept for the new tab’s reloads', async () => {
    const join = bus();
    await bridgeToken(tab('#token=abc', join).deps);
    const fresh = tab('#/doc/d1', join);
    await bridgeToken(fresh.deps);
    expect(fresh.session.get('folio.bridgeToken')).toBe('abc');
  });
  test('with no other tab open, a new tab has no token (the server then says UNAUTHORIZED)', async () => {
    expect(await bridgeToken(tab('#/doc/d1', bus()).deps)).toBe(null);
  });
  test('a tab ignores malformed hand-over messages', async () => {
    const join = bus();
    const liar = join();
    liar.addEventListener('message', () => liar.postMessage({ type: 'token', token: 42 }));
    expect(await bridgeToken(tab('#/', join).deps)).toBe(null);
  });
});
