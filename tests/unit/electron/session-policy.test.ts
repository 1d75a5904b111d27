import { describe, expect, test, vi } from 'vitest';
import { installSessionPolicy, type PolicySession } from '../../../electron/main/session-policy';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by session-policy');
});

function fakeSession() {
  const handlers: {
    request?: Parameters<PolicySession['setPermissionRequestHandler']>[0];
    check?: Parameters<PolicySession['setPermissionCheckHandler']>[0];
    device?: Parameters<PolicySession['setDevicePermissionHandler']>[0];
    beforeRequest?: Parameters<PolicySession['webRequest']['onBeforeRequest']>[0];
  } = {};
  const session: PolicySession = {
    setPermissionRequestHandler: (handler) => {
      handlers.request = handler;
    },
    setPermissionCheckHandler: (handler) => {
      handlers.check = handler;
    },
    setDevicePermissionHandler: (handler) => {
      handlers.device = handler;
    },
    webRequest: {
      onBeforeRequest: (listener) => {
        handlers.beforeRequest = listener;
      },
    },
  };
  installSessionPolicy(session);
  return {
    requestPermission(permission: string): boolean | undefined {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (answer) => {
        granted = answer;
      });
      return granted;
    },
    checkPermission: (permission: string) => handlers.check?.({}, permission),
    devicePermission: () => handlers.device?.({ deviceType: 'usb', origin: 'folio://app' }),
    request(url: string): { cancel: boolean } | undefined {
      let response: { cancel: boolean } | undefined;
      handlers.beforeRequest?.({ url }, (answer) => {
        response = answer;
      });
      return response;
    },
  };
}

describe('installSessionPolicy', () => {
  test.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the permission request %s',
    (permission) => {
      expect(fakeSession().requestPermission(permission)).toBe(false);
    },
  );
  test.each(['media', 'geolocation', 'notifications', 'clipboard-read'])(
    'answers the permission check %s with no',
    (permission) => {
      expect(fakeSession().checkPermission(permission)).toBe(false);
    },
  );
  test('denies device access', () => {
    expect(fakeSession().devicePermission()).toBe(false);
  });
  test.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:8080/api/search',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'folio://other/index.html',
  ])('cancels the request to %s', (url) => {
    expect(fakeSession().request(url)).toEqual({ cancel: true });
  });
  test.each([
    'folio://app/index.html',
    'folio://app/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:folio://app/6f1c0a3e-1b5a-4a4e-9b1e-2f7d3c1f0a11',
  ])('lets the local request to %s through', (url) => {
    expect(fakeSession().request(url)).toEqual({ cancel: false });
  });
  test('cancels a blob: URL of a foreign origin', () => {
    expect(fakeSession().request('blob:https://example.com/6f1c0a3e')).toEqual({ cancel: true });
  });
});
