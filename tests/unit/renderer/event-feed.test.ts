import { describe, expect, test } from 'vitest';
import { bridgeEventFeed, type EventSourceLike, sseEventFeed } from '../../../renderer/src/api/events';
import type { KbEvent } from '../../../shared/events';
import type { EventName } from '../../../shared/methods';

class FakeEventSource implements EventSourceLike {
  static made: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((e: { data?: unknown }) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.made.push(this);
  }
  addEventListener(type: string, listener: (e: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  push(type: string, data: unknown) {
    for (const l of this.listeners.get(type) ?? []) l({ data });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the browser door’s event feed (Server-Sent Events)', () => {
  test('opens one stream with the token in the query, for any number of listeners', async () => {
    FakeEventSource.made = [];
    const feed = sseEventFeed(
      async () => 'tok/en',
      (url) => new FakeEventSource(url),
    );
    feed.subscribe(() => undefined);
    feed.subscribe(() => undefined);
    await flush();
    expect(FakeEventSource.made.map((s) => s.url)).toEqual(['/events?token=tok%2Fen']);
  });
  test('delivers valid events and drops malformed ones', async () => {
    FakeEventSource.made = [];
    const feed = sseEventFeed(
      async () => 't',
      (url) => new FakeEventSource(url),
    );
    const seen: KbEvent[] = [];
    feed.subscribe((e) => seen.push(e));
    await flush();
    const source = FakeEventSource.made[0]!;
    source.push('libraryChanged', '{"docIds":["d1"]}');
    source.push('libraryChanged', '{"docIds":"not a list"}');
    source.push('libraryChanged', 'not json');
    source.push('settingsChanged', '{"fontScale":9,"theme":"dark","uiLanguage":"en"}');
    expect(seen).toEqual([{ name: 'libraryChanged', payload: { docIds: ['d1'] } }]);
  });
  test('closes the stream when the last listener leaves', async () => {
    FakeEventSource.made = [];
    const feed = sseEventFeed(
      async () => 't',
      (url) => new FakeEventSource(url),
    );
    const a = feed.subscribe(() => undefined);
    const b = feed.subscribe(() => undefined);
    await flush();
    a();
    const afterOne = FakeEventSource.made[0]!.closed;
    b();
    expect([afterOne, FakeEventSource.made[0]!.closed]).toEqual([false, true]);
  });
});

describe('the Electron door’s event feed (window.kbEvents)', () => {
  test('validates payloads from the preload against the contract', () => {
    let push: (name: EventName, payload: unknown) => void = () => undefined;
    const feed = bridgeEventFeed({
      subscribe: (listener) => {
        push = listener;
        return () => undefined;
      },
    });
    const seen: KbEvent[] = [];
    feed.subscribe((e) => seen.push(e));
    push('importProgress', { jobId: 'j', state: 'done', filesDone: 2, filesTotal: 2 });
    push('importProgress', { jobId: 'j', state: 'exploded' });
    expect(seen).toEqual([
      { name: 'importProgress', payload: { jobId: 'j', state: 'done', filesDone: 2, filesTotal: 2 } },
    ]);
  });
});
