import { BrowserWindow } from 'electron';
import { appEntryUrl, isAppUrl } from './app-url';
import { installNavigationGuards, secureWebPreferences } from './window-policy';

/** Opens the app window on `folio://app/index.html`, locked to the app's own pages. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Folio',
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  installNavigationGuards(window.webContents, isAppUrl);
  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`Folio: could not load ${appEntryUrl}:`, error);
  });
  return window;
}
