import type { KbEventBridge } from '../../shared/doors';
import { type EventName, isEventName } from '../../shared/methods';

export type { KbEventBridge };

/** The part of ipcRenderer the event bridge uses. */
export interface EventIpc {
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
}

/**
 * `window.kbEvents`: one subscribe function over the contract's event channel. Only known
 * event names pass, and the page never sees the IPC event object (the payload is checked by
 * the renderer's client against the contract).
 */
export function createEventBridge(ipc: EventIpc, channel: string): KbEventBridge {
  return Object.freeze({
    subscribe(listener: (name: EventName, payload: unknown) => void) {
      if (typeof listener !== 'function') throw new TypeError('subscribe(listener) needs a function');
      const onEvent = (_event: unknown, name: unknown, payload: unknown) => {
        if (isEventName(name)) listener(name, payload);
      };
      ipc.on(channel, onEvent);
      return () => ipc.removeListener(channel, onEvent);
    },
  });
}
