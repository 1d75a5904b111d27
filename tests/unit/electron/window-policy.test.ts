import { describe, expect, test, vi } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-url';
import { installNavigationGuards, secureWebPreferences } from '../../../electron/main/window-policy';
import { fakeContents } from './fakes';

// The adapters must not need Electron at run time: loading it here fails the file.
vi.mock('electron', () => {
  throw new Error('electron must not be loaded by window-policy');
});

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/index.js');

  test('uses the given preload script', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.js');
  });
  test('isolates the page context', () => {
    expect(preferences.contextIsolation).toBe(true);
  });
  test('sandboxes the renderer', () => {
    expect(preferences.sandbox).toBe(true);
  });
  test('gives the page no Node', () => {
    expect(preferences.nodeIntegration).toBe(false);
  });
  test('gives workers no Node', () => {
    expect(preferences.nodeIntegrationInWorker).toBe(false);
  });
  test('gives subframes no Node', () => {
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });
  test('keeps web security on', () => {
    expect(preferences.webSecurity).toBe(true);
  });
  test('refuses insecure content', () => {
    expect(preferences.allowRunningInsecureContent).toBe(false);
  });
  test('disables the <webview> tag', () => {
    expect(preferences.webviewTag).toBe(false);
  });
  test('does not navigate to a dropped file', () => {
    expect(preferences.navigateOnDragDrop).toBe(false);
  });
  test('sets nothing else', () => {
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('installNavigationGuards', () => {
  function guarded() {
    const fake = fakeContents();
    installNavigationGuards(fake.contents, isAppUrl);
    return fake;
  }

  test('denies window.open to a foreign URL', () => {
    expect(guarded().open('https://example.com/')).toEqual({ action: 'deny' });
  });
  test('denies window.open to the app itself', () => {
    expect(guarded().open('folio://app/index.html')).toEqual({ action: 'deny' });
  });
  test.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to a foreign URL is cancelled', (event) => {
    expect(guarded().emit(event, 'https://example.com/')).toBe(true);
  });
  test.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s to a file: URL is cancelled', (event) => {
    expect(guarded().emit(event, 'file:///etc/passwd')).toBe(true);
  });
  test.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s to a look-alike host is cancelled',
    (event) => {
      expect(guarded().emit(event, 'folio://app.example/index.html')).toBe(true);
    },
  );
  test.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s within the app is allowed', (event) => {
    expect(guarded().emit(event, 'folio://app/index.html#/doc/1')).toBe(false);
  });
  test('will-attach-webview is always cancelled', () => {
    expect(guarded().emit('will-attach-webview', 'folio://app/index.html')).toBe(true);
  });
  test('listens to exactly the navigation and webview events', () => {
    expect(guarded().events().sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
  });
});
