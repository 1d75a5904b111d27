import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createEventHub, type KbEventHub } from '../../../electron/core/events';
import type { KbService, KbServiceOptions } from '../../../electron/core/service';
import { KbError } from '../../../shared/errors';
import { createElectronFake, type ElectronFake, FakeBrowserWindow, settle } from './electron-fake';
import { fakeApi } from './fakes';

const hoisted = vi.hoisted(() => ({
  fake: undefined as unknown as ElectronFake,
  createKbService: undefined as unknown as (options: KbServiceOptions) => Promise<KbService>,
}));

vi.mock('electron', async () => (await import('./electron-fake')).electronModule(() => hoisted.fake));
// The core (SQLite, workers) is not under test here.
vi.mock('../../../electron/core/service', () => ({
  createKbService: (options: KbServiceOptions) => hoisted.createKbService(options),
}));

const { startFolio } = await import('../../../electron/main/lifecycle');

let electron: ElectronFake;
let service: KbService & { events: KbEventHub };
let createKbService: ReturnType<typeof vi.fn<(options: KbServiceOptions) => Promise<KbService>>>;

beforeEach(() => {
  electron = createElectronFake();
  hoisted.fake = electron;
  service = {
    api: fakeApi({ listDocuments: vi.fn(async () => []), startImport: vi.fn(async () => ({ jobId: 'job-1' })) }),
    db: {} as KbService['db'],
    notes: {} as KbService['notes'],
    events: createEventHub(),
    importNow: vi.fn(),
    close: vi.fn(async () => undefined),
  };
  createKbService = vi.fn(async () => service);
  hoisted.createKbService = createKbService;
});

async function started() {
  startFolio();
  await settle();
  return FakeBrowserWindow.instances[0];
}

describe('start-up', () => {
  test('quits at once when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await started();
    expect([electron.app.quit.mock.calls.length, electron.app.whenReady.mock.calls.length]).toEqual([1, 0]);
  });
  test('honours --user-data-dir before taking the instance lock', () => {
    electron.app.commandLine.getSwitchValue.mockImplementation((name) =>
      name === 'user-data-dir' ? 'tmp/profile' : '',
    );
    startFolio();
    expect(electron.app.setPath.mock.calls).toEqual([['userData', path.resolve('tmp/profile')]]);
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });
  test('registers folio: as a privileged scheme before ready', () => {
    startFolio();
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls).toEqual([
      [[{ scheme: 'folio', privileges: { standard: true, secure: true, supportFetchAPI: true } }]],
    ]);
  });
  test('opens the library in the user-data folder with the project resources, backing up notes automatically', async () => {
    await started();
    expect(createKbService.mock.calls).toEqual([
      [
        {
          dataDir: '/home/reader/.config/Folio',
          resourcesDir: path.join('/src/folio', 'resources'),
          appVersion: '0.1.0',
          importOn: 'worker',
          seedEmptyLibrary: true,
          automaticBackups: true,
          importPolicy: expect.any(Function),
        },
      ],
    ]);
  });
  test('installs the session policy on the default session', async () => {
    await started();
    expect(electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
  test('serves the renderer on folio:', async () => {
    await started();
    expect(electron.protocol.handle.mock.calls.map(([scheme]) => scheme)).toEqual(['folio']);
  });
  test('registers three IPC handlers: the contract channel, the dropped-files channel and the pack-PDF channel', async () => {
    await started();
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([
      'kb:invoke',
      'kb:dropped',
      'kb:packPdf',
    ]);
  });
  test('a drop reported by the window lets its paths through the import door', async () => {
    const window = await started();
    const policy = createKbService.mock.calls[0]![0].importPolicy as (paths: string[]) => Promise<string[]>;
    const dropped = electron.ipcMain.handle.mock.calls[1]![1] as (...args: unknown[]) => Promise<unknown>;
    await expect(policy(['/docs/dropped'])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' });
    expect(await dropped({ senderFrame: { ...window!.webContents.mainFrame } }, ['/docs/dropped'])).toBe(true);
    await expect(policy(['/docs/dropped/a.md'])).resolves.toEqual(['/docs/dropped/a.md']);
  });
  test("answers IPC from the window's main frame through the service", async () => {
    const window = await started();
    const listener = electron.ipcMain.handle.mock.calls[0]![1] as (...args: unknown[]) => Promise<unknown>;
    const reply = await listener({ senderFrame: { ...window!.webContents.mainFrame } }, 'listDocuments', {});
    expect(reply).toEqual({ ok: true, value: [] });
  });
  test('opens one window on the app entry page', async () => {
    await started();
    expect(FakeBrowserWindow.instances.map((window) => window.loadURL.mock.calls)).toEqual([
      [['folio://app/index.html']],
    ]);
  });
  test('sets the application menu', async () => {
    await started();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
  test('rebuilds the menu in Chinese when the UI language setting changes to 中文', async () => {
    await started();
    service.events.emit({ name: 'settingsChanged', payload: { fontScale: 1, theme: 'system', uiLanguage: 'zh' } });
    const last = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    expect([electron.Menu.setApplicationMenu.mock.calls.length, last.map((menu) => menu.label ?? menu.role)]).toEqual([
      2,
      ['文件', '编辑', '视图', '窗口', 'help'],
    ]);
  });
  test('forwards core events to the window', async () => {
    const window = await started();
    service.events.emit({ name: 'libraryChanged', payload: { docIds: ['d1'] } });
    expect(window!.webContents.send.mock.calls).toEqual([['kb:event', 'libraryChanged', { docIds: ['d1'] }]]);
  });
});

describe('a fatal start-up error', () => {
  beforeEach(() => {
    createKbService.mockRejectedValue(new KbError('DB_TOO_NEW', 'Library schema 9 is newer than 3'));
  });

  test('is shown in an error box', async () => {
    await started();
    expect(electron.dialog.showErrorBox.mock.calls).toEqual([
      [
        'Folio cannot open this library',
        'The library in /home/reader/.config/Folio was written by a newer version of Folio.\n\n' +
          'Install the newer version to open it. Nothing was changed.',
      ],
    ]);
  });
  test('quits the app', async () => {
    await started();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
  test('opens no window and no IPC door', async () => {
    await started();
    expect([FakeBrowserWindow.instances.length, electron.ipcMain.handle.mock.calls.length]).toEqual([0, 0]);
  });
});

describe('running', () => {
  test('a second launch focuses the existing window', async () => {
    const window = await started();
    electron.app.emit('second-instance');
    expect([window!.focus.mock.calls.length, window!.restore.mock.calls.length]).toEqual([1, 0]);
  });
  test('a second launch restores a minimised window', async () => {
    const window = await started();
    window!.minimized = true;
    electron.app.emit('second-instance');
    expect(window!.restore).toHaveBeenCalledTimes(1);
  });
  test('closing the last window quits (Windows and Linux)', async () => {
    const platform = vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    await started();
    electron.app.emit('window-all-closed');
    platform.mockRestore();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
  test('File ▸ Import Files… imports what the dialog returns', async () => {
    await started();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/docs/faq.txt'] });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const file = template.find((menu) => menu.label === 'File')!.submenu as MenuItemConstructorOptions[];
    (file[0]!.click as () => void)();
    await settle();
    expect(service.api.startImport).toHaveBeenCalledWith({ paths: ['/docs/faq.txt'] });
  });
  test('the renderer may import what the dialog returned, and nothing else', async () => {
    await started();
    const policy = createKbService.mock.calls[0]![0].importPolicy as (paths: string[]) => Promise<string[]>;
    await expect(policy(['/docs/faq.txt'])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' });
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/docs/faq.txt'] });
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const file = template.find((menu) => menu.label === 'File')!.submenu as MenuItemConstructorOptions[];
    (file[0]!.click as () => void)();
    await settle();
    await expect(policy(['/docs/faq.txt'])).resolves.toEqual(['/docs/faq.txt']);
    await expect(policy(['/etc/passwd'])).rejects.toMatchObject({ code: 'PATH_NOT_ALLOWED' });
  });
});

describe('quitting', () => {
  const quitEvent = () => ({ preventDefault: vi.fn() });

  test('holds the quit until the library is closed', async () => {
    await started();
    const event = quitEvent();
    electron.app.emit('will-quit', event);
    expect([event.preventDefault.mock.calls.length, vi.mocked(service.close).mock.calls.length]).toEqual([1, 1]);
  });
  test('quits again once the library is closed', async () => {
    await started();
    electron.app.emit('will-quit', quitEvent());
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
  test('lets the second quit through and closes the library only once', async () => {
    await started();
    electron.app.emit('will-quit', quitEvent());
    await settle();
    const second = quitEvent();
    electron.app.emit('will-quit', second);
    expect([second.preventDefault.mock.calls.length, vi.mocked(service.close).mock.calls.length]).toEqual([0, 1]);
  });
});
