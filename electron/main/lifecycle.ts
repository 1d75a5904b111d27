import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { droppedChannel, packPdfChannel } from '../../shared/methods';
import { createPathAllowList, type PathAllowList } from '../core/import/path-allow-list';
import { backupDir } from '../core/notes/backups';
import { createKbService, type KbService } from '../core/service';
import { appScheme } from './app-url';
import { forwardEvents } from './event-forwarding';
import { type ImportKind, importFromDialog } from './import-dialog';
import { createDroppedHandler, createInvokeHandler, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { type MenuLanguage, menuLanguage } from './menu-strings';
import { type BackupMenuDeps, backUpNotesNow, restoreNotesFromBackup } from './notes-backup-menu';
import { createPackPdfHandler, electronPrintToPdf, printWindowOptions, savePackPdf } from './pack-pdf';
import { resolveAppPaths } from './paths';
import { appSchemePrivileges, createAppRequestHandler } from './protocol';
import { saveAsPdf } from './save-pdf';
import { installSessionPolicy } from './session-policy';
import { describeStartupError } from './startup-error';
import { createMainWindow } from './window';

interface AppState {
  window: BrowserWindow | null;
  service: KbService | null;
  /** What the user picked in the open dialog: the only paths the renderer may import. */
  chosen: PathAllowList;
}

function focus(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function openWindow(state: AppState, preloadPath: string): void {
  const window = createMainWindow(preloadPath);
  window.on('closed', () => {
    if (state.window === window) state.window = null;
  });
  state.window = window;
}

function runImport(state: AppState, kind: ImportKind): void {
  const service = state.service;
  if (!service) return;
  const parent = state.window;
  importFromDialog(kind, {
    api: service.api,
    showOpenDialog: (options) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)),
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    choose: (paths) => state.chosen.add(paths),
  }).catch((error: unknown) => dialog.showErrorBox('Import failed', String(error)));
}

function backupMenuDeps(state: AppState, language: MenuLanguage): BackupMenuDeps | null {
  const service = state.service;
  if (!service) return null;
  const parent = state.window && !state.window.isDestroyed() ? state.window : null;
  return {
    language,
    backupsFolder: backupDir(app.getPath('userData')),
    backup: () => service.notes.backupNow(),
    restore: (file) => service.notes.restore(file),
    showOpenDialog: (options) => (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)),
    showMessage: (options) => {
      void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
  };
}

function savePdf(state: AppState): void {
  const window = state.window;
  if (!window || window.isDestroyed()) return;
  saveAsPdf({
    contents: window.webContents,
    showSaveDialog: (options) => dialog.showSaveDialog(window, options),
    writeFile: (filePath, data) => writeFile(filePath, data),
  }).catch((error: unknown) => dialog.showErrorBox('Save as PDF failed', String(error)));
}

async function start(state: AppState): Promise<void> {
  const paths = resolveAppPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    mainDir: __dirname,
  });
  installSessionPolicy(session.defaultSession);
  protocol.handle(appScheme, createAppRequestHandler(paths.rendererDir));
  state.service = await createKbService({
    dataDir: app.getPath('userData'),
    resourcesDir: paths.resourcesDir,
    appVersion: app.getVersion(),
    importOn: 'worker',
    seedEmptyLibrary: true,
    // The user's notes cannot be re-imported: back them up at start and daily.
    automaticBackups: true,
    importPolicy: (paths) => state.chosen.check(paths),
  });
  const api = state.service.api;
  const mainFrame = () => (state.window && !state.window.isDestroyed() ? state.window.webContents.mainFrame : null);
  forwardEvents(state.service.events, () =>
    state.window && !state.window.isDestroyed() ? state.window.webContents : null,
  );
  registerIpc(ipcMain, createInvokeHandler(api, mainFrame));
  const dropped = createDroppedHandler((paths) => state.chosen.add(paths), mainFrame);
  ipcMain.handle(droppedChannel, (event, paths) => dropped(event, paths));
  const packPdf = createPackPdfHandler(
    (pack) =>
      savePackPdf(pack, {
        api,
        print: electronPrintToPdf(() => new BrowserWindow(printWindowOptions)),
        showSaveDialog: (options) =>
          state.window ? dialog.showSaveDialog(state.window, options) : dialog.showSaveDialog(options),
        writeFile: (filePath, data) => writeFile(filePath, data),
      }),
    mainFrame,
  );
  ipcMain.handle(packPdfChannel, (event, request) => packPdf(event, request));
  const setMenu = (language: MenuLanguage) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.name,
          platform: process.platform,
          isPackaged: app.isPackaged,
          importFiles: () => runImport(state, 'files'),
          importFolder: () => runImport(state, 'folder'),
          saveAsPdf: () => savePdf(state),
          backUpNotes: () => {
            const deps = backupMenuDeps(state, language);
            if (deps) void backUpNotesNow(deps);
          },
          restoreNotes: () => {
            const deps = backupMenuDeps(state, language);
            if (deps) void restoreNotesFromBackup(deps);
          },
          language,
        }),
      ),
    );
  // The OS language at once; the user's setting when it is read, and whenever it changes.
  let shownLanguage = menuLanguage('system', app.getLocale());
  setMenu(shownLanguage);
  const follow = (setting: Parameters<typeof menuLanguage>[0]) => {
    const language = menuLanguage(setting, app.getLocale());
    if (language === shownLanguage) return;
    shownLanguage = language;
    setMenu(language);
  };
  api.getSettings({}).then(
    (settings) => follow(settings.uiLanguage),
    () => undefined,
  );
  state.service.events.subscribe((event) => {
    if (event.name === 'settingsChanged') follow(event.payload.uiLanguage);
  });
  app.on('activate', () => {
    if (!state.window) openWindow(state, paths.preloadPath);
  });
  openWindow(state, paths.preloadPath);
}

/**
 * The app's lifecycle: one instance per user-data folder, the core service opened on
 * `ready` and closed on quit, one secure window. A start-up failure (for example a
 * library from a newer Folio) is shown in an error box, then the app quits.
 */
export function startFolio(): void {
  // Honour --user-data-dir before anything reads userData (the instance lock is keyed on it).
  const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
  if (userDataDir) app.setPath('userData', path.resolve(userDataDir));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  const state: AppState = { window: null, service: null, chosen: createPathAllowList() };
  app.on('second-instance', () => focus(state.window));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    const service = state.service;
    if (!service) return;
    event.preventDefault();
    state.service = null;
    service
      .close()
      .catch((error: unknown) => console.error('Folio: closing the library failed:', error))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(() => start(state))
    .catch((error: unknown) => {
      const { title, content } = describeStartupError(error, app.getPath('userData'));
      dialog.showErrorBox(title, content);
      app.quit();
    });
}
