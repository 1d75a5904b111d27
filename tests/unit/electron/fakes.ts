import { vi } from 'vitest';
import type { NavigationEvent } from '../../../electron/main/window-policy';
import type { KbApi } from '../../../shared/api';
import { methodNames } from '../../../shared/methods';

/** A navigation event whose preventDefault() is observable. */
export function navigationEvent(url: string): NavigationEvent & { defaultPrevented: boolean } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** A stand-in for WebContents that records the guards' listeners. */
export function fakeContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on(event: string, listener: (event: NavigationEvent) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  return {
    contents,
    events: () => [...listeners.keys()],
    /** Emits `event` for `url`; returns whether the guard cancelled it. */
    emit(event: string, url = 'folio://app/index.html'): boolean {
      const listener = listeners.get(event);
      if (!listener) throw new Error(`no listener for ${event}`);
      const navigation = navigationEvent(url);
      listener(navigation);
      return navigation.defaultPrevented;
    },
    open(url: string) {
      if (!openHandler) throw new Error('no window open handler');
      return openHandler({ url });
    },
  };
}

/** A KbApi whose every method fails unless overridden: tests see exactly what was called. */
export function fakeApi(overrides: Partial<KbApi> = {}): KbApi {
  const unexpected = (name: string) =>
    vi.fn(async () => {
      throw new Error(`unexpected call to ${name}`);
    });
  const failing = Object.fromEntries(methodNames.map((name) => [name, unexpected(name)])) as unknown as KbApi;
  return {
    ...failing,
    ...overrides,
  };
}
