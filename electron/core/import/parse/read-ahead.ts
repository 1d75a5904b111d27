import type { ReadAheadWindow } from './parse-protocol';

/** Results the parse worker has sent and the writer has not yet taken. */
export interface InFlight {
  files: number;
  bytes: number;
}

/**
 * True when the worker must wait for the writer: the window's file count is reached, or its
 * source bytes are. One file may always be in flight, however large: the writer needs it to go on.
 */
export function isWindowFull(inFlight: InFlight, window: ReadAheadWindow): boolean {
  return inFlight.files >= window.files || (inFlight.files > 0 && inFlight.bytes >= window.bytes);
}
