import type { MethodName } from './methods';

/**
 * What the preload exposes as `window.kb`: exactly the contract's methods, each
 * returning the dispatcher's Result as data (the renderer's client unwraps it).
 */
export type KbBridge = { readonly [M in MethodName]: (input: unknown) => Promise<unknown> };

/** HTTP bridge: POST {apiPrefix}{method} with the JSON input as body, answered with a Result. */
export const apiPrefix = '/api/';
/** The per-run token travels as `Authorization: Bearer <token>`; the page gets it from `#token=` in its URL. */
export const tokenHashKey = 'token';
/** Largest request body the bridge reads. */
export const maxBodyBytes = 1_000_000;
