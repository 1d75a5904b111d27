import { beforeEach, describe, expect, test, vi } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/window-policy';
import { createElectronFake, type ElectronFake, FakeBrowserWindow } from './electron-fake';

const electron = vi.hoisted(() => ({ fake: undefined as unknown as ElectronFake }));
vi.mock('electron', () => ({
  get BrowserWindow() {
    return electron.fake.BrowserWindow;
  },
}));

const { createMainWindow } = await import('../../../electron/main/window');

beforeEach(() => {
  electron.fake = createElectronFake();
});

function open() {
  createMainWindow('/src/folio/out/preload/index.js');
  return FakeBrowserWindow.instances[0]!;
}

describe('createMainWindow', () => {
  test('creates the window with the secure web preferences', () => {
    expect(open().options.webPreferences).toEqual(secureWebPreferences('/src/folio/out/preload/index.js'));
  });
  test('creates it hidden, titled Folio', () => {
    const { options } = open();
    expect([options.show, options.title]).toEqual([false, 'Folio']);
  });
  test('loads the app entry page on folio:', () => {
    expect(open().loadURL.mock.calls).toEqual([['folio://app/index.html']]);
  });
  test('shows the window once it is ready to show', () => {
    const window = open();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
  test('denies window.open', () => {
    expect(open().webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
  test('cancels navigation away from the app', () => {
    expect(open().webContents.navigate('will-navigate', 'https://example.com/')).toBe(true);
  });
  test('allows navigation within the app', () => {
    expect(open().webContents.navigate('will-navigate', 'folio://app/index.html#/search')).toBe(false);
  });
  test('cancels <webview> attachment', () => {
    expect(open().webContents.navigate('will-attach-webview', 'folio://app/index.html')).toBe(true);
  });
});
