import { describe, expect, test, vi } from 'vitest';
import { createEventHub } from '../../../electron/core/events';
import { forwardEvents } from '../../../electron/main/event-forwarding';
import { eventChannel } from '../../../shared/methods';
import { FakeWebContents } from './electron-fake';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by event-forwarding');
});

describe('forwarding core events to the window', () => {
  test('sends each event on the event channel as (name, payload)', () => {
    const hub = createEventHub();
    const contents = new FakeWebContents();
    forwardEvents(hub, () => contents);
    hub.emit({ name: 'libraryChanged', payload: { docIds: ['a', 'b'] } });
    expect(contents.send.mock.calls).toEqual([[eventChannel, 'libraryChanged', { docIds: ['a', 'b'] }]]);
  });
  test('drops events while there is no window', () => {
    const hub = createEventHub();
    const contents = new FakeWebContents();
    let window: FakeWebContents | null = null;
    forwardEvents(hub, () => window);
    hub.emit({ name: 'libraryChanged', payload: { docIds: ['a'] } });
    window = contents;
    hub.emit({ name: 'libraryChanged', payload: { docIds: ['b'] } });
    expect(contents.send.mock.calls).toEqual([[eventChannel, 'libraryChanged', { docIds: ['b'] }]]);
  });
  test('never sends to a destroyed window', () => {
    const hub = createEventHub();
    const contents = new FakeWebContents();
    contents.destroyed = true;
    forwardEvents(hub, () => contents);
    hub.emit({ name: 'libraryChanged', payload: { docIds: ['a'] } });
    expect(contents.send.mock.calls).toEqual([]);
  });
  test('stops after unsubscribing', () => {
    const hub = createEventHub();
    const contents = new FakeWebContents();
    forwardEvents(hub, () => contents)();
    hub.emit({ name: 'libraryChanged', payload: { docIds: ['a'] } });
    expect(contents.send.mock.calls).toEqual([]);
  });
});
