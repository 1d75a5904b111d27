import type { MenuItemConstructorOptions } from 'electron';
import { type MenuLanguage, menuStrings } from './menu-strings';

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** DevTools are offered only in development builds. */
  isPackaged: boolean;
  importFiles(): void;
  importFolder(): void;
  /** Prints the open document to a PDF file the user picks. */
  saveAsPdf(): void;
  /** File ▸ Back Up Notes Now (absent: no entry). */
  backUpNotes?(): void;
  /** File ▸ Restore Notes… (absent: no entry). */
  restoreNotes?(): void;
  /** The UI language for the menu's own words; English by default. */
  language?: MenuLanguage;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Back up / restore the user's notes, for the options that offer them (then a separator). */
function notesEntries(options: MenuOptions, words: (typeof menuStrings)[MenuLanguage]): MenuItemConstructorOptions[] {
  const entries: MenuItemConstructorOptions[] = [];
  const { backUpNotes, restoreNotes } = options;
  if (backUpNotes) entries.push({ label: words.backUpNotes, click: () => backUpNotes() });
  if (restoreNotes) entries.push({ label: words.restoreNotes, click: () => restoreNotes() });
  return entries.length > 0 ? [...entries, separator] : [];
}

/**
 * The application menu as a template (Menu.buildFromTemplate turns it into a menu).
 * Import has two entries because Windows and Linux dialogs cannot pick files and
 * folders at once. On macOS, About lives in the app menu; elsewhere, in Help.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const words = menuStrings[options.language ?? 'en'];
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: words.file,
    submenu: [
      { label: words.importFiles, accelerator: 'CmdOrCtrl+O', click: () => options.importFiles() },
      { label: words.importFolder, accelerator: 'CmdOrCtrl+Shift+O', click: () => options.importFolder() },
      separator,
      { label: words.saveAsPdf, accelerator: 'CmdOrCtrl+Shift+S', click: () => options.saveAsPdf() },
      separator,
      ...notesEntries(options, words),
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: words.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: words.view,
    submenu: [
      { role: 'reload' },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: words.window,
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const helpMenu: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about' }] };
  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
