import type { EventName, MethodName } from './methods';

/**
 * What the preload exposes as `window.kb`: exactly the contract's methods, each
 * returning the dispatcher's Result as data (the renderer's client unwraps it).
 */
export type KbBridge = { readonly [M in MethodName]: (input: unknown) => Promise<unknown> };

/** What the preload exposes as `window.kbEvents`: the core's pushed events, payloads unchecked (the renderer's client checks them). */
export interface KbEventBridge {
  /** Calls `listener(name, payload)` for every event; returns the unsubscribe function. */
  subscribe(listener: (name: EventName, payload: unknown) => void): () => void;
}

/** What the preload exposes as `window.kbPackPdf` (Electron only): saves a pack's handout as PDF where the user chooses. */
export interface KbPackPdfBridge {
  /** `file` is the path written, or null when the user cancelled the save dialog. */
  save(pack: string): Promise<{ ok: true; file: string | null } | { ok: false; message: string }>;
}

/** HTTP bridge: POST {apiPrefix}{method} with the JSON input as body, answered with a Result. */
export const apiPrefix = '/api/';
/** The per-run token travels as `Authorization: Bearer <token>`; the page gets it from `#token=` in its URL. */
export const tokenHashKey = 'token';
/** Largest request body the bridge reads. */
export const maxBodyBytes = 1_000_000;
