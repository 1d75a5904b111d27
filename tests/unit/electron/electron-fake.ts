import { vi } from 'vitest';
import type { NavigationEvent } from '../../../electron/main/window-policy';

type Listener = (...args: never[]) => unknown;

/** A tiny event emitter for the fakes: records listeners, lets tests emit. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

let nextProcessId = 10;

export class FakeWebContents extends Emitter {
  readonly mainFrame = { url: 'folio://app/index.html', parent: null, processId: nextProcessId++, routingId: 1 };
  windowOpenHandler: null | ((details: { url: string }) => unknown) = null;
  title = 'Folio';
  /** What printToPDF returns: the bytes of a tiny PDF header, enough to check they are written. */
  readonly printToPDF = vi.fn(async (_options: { printBackground: boolean; preferCSSPageSize: boolean }) =>
    new TextEncoder().encode('%PDF-1.7 fake'),
  );
  readonly getTitle = vi.fn(() => this.title);
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation event; returns whether a guard cancelled it. */
  navigate(event: string, url: string): boolean {
    let prevented = false;
    const navigation: NavigationEvent = {
      url,
      preventDefault: () => {
        prevented = true;
      },
    };
    this.emit(event, navigation);
    return prevented;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly destroy = vi.fn();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => false);

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }
}

/** Stand-ins for the parts of the `electron` module the main process uses. */
export function createElectronFake() {
  FakeBrowserWindow.instances = [];
  const app = Object.assign(new Emitter(), {
    name: 'Folio',
    isPackaged: false,
    commandLine: { getSwitchValue: vi.fn((_name: string) => '') },
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => `/home/reader/.config/${name === 'userData' ? 'Folio' : name}`),
    getAppPath: vi.fn(() => '/src/folio'),
    getVersion: vi.fn(() => '0.1.0'),
    getLocale: vi.fn(() => 'en-US'),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
  });
  return {
    app,
    BrowserWindow: Object.assign(FakeBrowserWindow, { getAllWindows: () => FakeBrowserWindow.instances }),
    dialog: {
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
        canceled: true,
        filePath: undefined as string | undefined,
      })),
    },
    ipcMain: { handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
  };
}

export type ElectronFake = ReturnType<typeof createElectronFake>;

/**
 * The mocked `electron` module: each export reads the test's current fake, so a test
 * can replace the fake in beforeEach. Use inside vi.mock (factories are hoisted):
 *
 *   vi.mock('electron', async () => (await import('./electron-fake')).electronModule(() => hoisted.fake));
 */
export function electronModule(current: () => ElectronFake) {
  return {
    get app() {
      return current().app;
    },
    get BrowserWindow() {
      return current().BrowserWindow;
    },
    get dialog() {
      return current().dialog;
    },
    get ipcMain() {
      return current().ipcMain;
    },
    get Menu() {
      return current().Menu;
    },
    get protocol() {
      return current().protocol;
    },
    get session() {
      return current().session;
    },
  };
}

/** Lets queued promise callbacks (whenReady → start → createKbService…) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
