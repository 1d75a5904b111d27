import type { KbBridge } from '../../shared/doors';
import { ipcChannel, type MethodName, methodNames } from '../../shared/methods';

/** How the bridge sends one call (the preload passes ipcRenderer.invoke, wrapped). */
export type Invoke = (channel: typeof ipcChannel, method: MethodName, input: unknown) => Promise<unknown>;

/**
 * `window.kb`: exactly the contract's methods, each one IPC call on the contract's
 * channel that resolves to the dispatcher's Result.
 */
export function createBridge(invoke: Invoke): KbBridge {
  const bridge: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of methodNames) {
    bridge[method] = (input: unknown) => invoke(ipcChannel, method, input);
  }
  return Object.freeze(bridge as KbBridge);
}
