import path from 'node:path';
import type { KbApi } from '../../shared/api';
import { ipcChannel } from '../../shared/methods';
import { dispatch, type Result } from '../../shared/rpc';
import { isAppUrl } from './app-url';

/** What the check reads from Electron's WebFrameMain. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
}

/** What the handler reads from Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/**
 * True only when the call comes from the app window's main frame (not a subframe, not
 * another window, not a frame that has gone) while it shows the app's own page.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  mainFrame: SenderFrame | null | undefined,
): boolean {
  if (!frame || !mainFrame || frame.detached === true) return false;
  return (
    frame.parent === null &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppUrl(frame.url)
  );
}

export type InvokeHandler = (event: InvokeEvent, method: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The one IPC handler: refuses untrusted senders with UNAUTHORIZED, then hands the call
 * to the shared dispatcher (which validates the method and input and never throws).
 *
 * @example
 *   ipcMain.handle(ipcChannel, createInvokeHandler(service.api, () => window?.webContents.mainFrame ?? null));
 */
export function createInvokeHandler(api: KbApi, getMainFrame: () => SenderFrame | null): InvokeHandler {
  return async (event, method, input) => {
    if (!isTrustedSender(event.senderFrame, getMainFrame())) {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Refused: the call did not come from the Folio window' },
      };
    }
    return dispatch(api, method, input);
  };
}

/** The part of Electron's ipcMain used here. */
export interface IpcRegistry {
  handle(channel: string, listener: (event: InvokeEvent, method: unknown, input: unknown) => Promise<unknown>): void;
}

/** Registers the handler on the contract's one channel. */
export function registerIpc(ipcMain: IpcRegistry, handler: InvokeHandler): void {
  ipcMain.handle(ipcChannel, (event, method, input) => handler(event, method, input));
}

/** Most paths one drop may record; a drop of a whole folder is one path. */
const maxDroppedPaths = 1000;

function isDroppedPath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 4096 && !value.includes('\0') && path.isAbsolute(value);
}

/**
 * The handler for paths the preload read from dropped files: from the trusted window only,
 * a list of absolute paths, handed to `choose` (the import door's allow list).
 */
export function createDroppedHandler(
  choose: (paths: string[]) => void,
  getMainFrame: () => SenderFrame | null,
): (event: InvokeEvent, paths: unknown) => Promise<boolean> {
  return async (event, paths) => {
    if (!isTrustedSender(event.senderFrame, getMainFrame())) return false;
    if (!Array.isArray(paths) || paths.length === 0 || paths.length > maxDroppedPaths) return false;
    if (!paths.every(isDroppedPath)) return false;
    choose(paths);
    return true;
  };
}
