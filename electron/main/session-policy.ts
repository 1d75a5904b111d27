import { appOrigin, isAppUrl } from './app-url';

/** The part of Electron's Session the policy configures. */
export interface PolicySession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/**
 * Requests the session lets through: the app's own origin, DevTools' internal pages
 * and local data:/blob: URLs (they never reach the network). Everything else, notably
 * http(s), ws(s) and file:, is cancelled: the app shows no remote content.
 */
export function isAllowedRequestUrl(url: string): boolean {
  return (
    isAppUrl(url) || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith(`blob:${appOrigin}/`)
  );
}

/**
 * Denies every permission (camera, notifications, geolocation, devices…) and cancels
 * every request that is not local to the app.
 *
 * @example
 *   installSessionPolicy(session.defaultSession);
 */
export function installSessionPolicy(session: PolicySession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}
