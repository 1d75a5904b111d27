import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { KbEventBridge } from '../../../electron/preload/events';
import { createPackPdfBridge } from '../../../electron/preload/pack-pdf';
import type { KbBridge } from '../../../shared/doors';
import { eventChannel, ipcChannel, methodNames, packPdfChannel } from '../../../shared/methods';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'reply' })),
  /** Electron gives a path only for File objects from a real drop; these fakes carry one in `realPath`. */
  getPathForFile: vi.fn((file: { realPath?: string }) => file.realPath ?? ''),
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.get(channel)?.delete(listener),
  },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

let bridge: KbBridge;
let events: KbEventBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposeInMainWorld.mock.calls[0]![1] as KbBridge;
  events = electron.exposeInMainWorld.mock.calls[2]![1] as KbEventBridge;
});

/** What the main process does with webContents.send(eventChannel, name, payload). */
function pushFromMain(...args: unknown[]) {
  for (const listener of electron.listeners.get(eventChannel) ?? []) listener({ sender: 'ipc event' }, ...args);
}

describe('the preload', () => {
  test('exposes four objects: window.kb (methods), window.kbDrop (dropped files), window.kbEvents (subscribe) and window.kbPackPdf (handout PDF)', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([key]) => key)).toEqual([
      'kb',
      'kbDrop',
      'kbEvents',
      'kbPackPdf',
    ]);
  });
  test("exposes exactly the contract's methods", () => {
    expect(Object.keys(bridge)).toEqual([...methodNames]);
  });
  test('exposes only functions (no ipcRenderer, no data)', () => {
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });
  test('cannot be extended or altered from the page', () => {
    expect(Object.isFrozen(bridge)).toBe(true);
  });
  test.each(methodNames)('%s invokes the contract channel with its name and input', async (method) => {
    electron.invoke.mockClear();
    await bridge[method]({ probe: method });
    expect(electron.invoke.mock.calls).toEqual([[ipcChannel, method, { probe: method }]]);
  });
  test("resolves to the main process's reply unchanged", async () => {
    expect(await bridge.listDocuments({})).toEqual({ ok: true, value: 'reply' });
  });
});

describe('window.kbDrop', () => {
  const drop = () =>
    electron.exposeInMainWorld.mock.calls[1]![1] as { chooseDropped(files: unknown): Promise<{ paths: string[] }> };

  test('sends the paths Electron knows for dropped files to main, and returns them', async () => {
    electron.invoke.mockClear();
    const result = await drop().chooseDropped([{ realPath: '/home/u/a.md' }, { realPath: '/home/u/docs' }]);
    expect(result).toEqual({ paths: ['/home/u/a.md', '/home/u/docs'] });
    expect(electron.invoke.mock.calls).toEqual([['kb:dropped', ['/home/u/a.md', '/home/u/docs']]]);
  });
  test('records nothing for files the page made itself (they have no path) or for non-files', async () => {
    electron.invoke.mockClear();
    expect(await drop().chooseDropped([{ name: '/etc/passwd' }, '/etc/passwd', 42])).toEqual({ paths: [] });
    expect(await drop().chooseDropped('/etc/passwd')).toEqual({ paths: [] });
    expect(electron.invoke).not.toHaveBeenCalled();
  });
  test('cannot be altered from the page', () => {
    expect(Object.isFrozen(drop())).toBe(true);
  });
});

describe('the event bridge', () => {
  test('exposes only a frozen subscribe function', () => {
    expect([Object.keys(events), Object.isFrozen(events)]).toEqual([['subscribe'], true]);
  });
  test('passes a known event as (name, payload), without the IPC event object', () => {
    const seen: unknown[][] = [];
    const stop = events.subscribe((...args) => seen.push(args));
    pushFromMain('libraryChanged', { docIds: ['d1'] });
    stop();
    expect(seen).toEqual([['libraryChanged', { docIds: ['d1'] }]]);
  });
  test('drops events whose name is not in the contract', () => {
    const seen: unknown[][] = [];
    const stop = events.subscribe((...args) => seen.push(args));
    pushFromMain('shellExec', { cmd: 'rm' });
    stop();
    expect(seen).toEqual([]);
  });
  test('unsubscribing stops delivery', () => {
    const seen: unknown[][] = [];
    events.subscribe((...args) => seen.push(args))();
    pushFromMain('settingsChanged', {});
    expect(seen).toEqual([]);
  });
});

describe('the preload bundle stays small', () => {
  const preloadDir = path.resolve(__dirname, '../../../electron/preload');
  const importsOf = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((match) => ({
      typeOnly: Boolean(match[1]),
      specifier: match[2]!,
    }));

  test("imports at run time only electron, its own files and shared/methods (not the contract's schemas)", () => {
    const runtime = readdirSync(preloadDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => importsOf(path.join(preloadDir, name)))
      .filter((entry) => !entry.typeOnly)
      .map((entry) => entry.specifier);
    expect([...new Set(runtime)].sort()).toEqual([
      '../../shared/methods',
      './bridge',
      './dropped-files',
      './events',
      './pack-pdf',
      'electron',
    ]);
  });
  test('shared/methods itself imports nothing', () => {
    expect(importsOf(path.resolve(__dirname, '../../../shared/methods.ts'))).toEqual([]);
  });
});

describe('window.kbPackPdf', () => {
  test('passes only the pack to main, on the pack-PDF channel', async () => {
    const send = vi.fn(async (_channel: string, _pack: string) => ({ ok: true, file: '/tmp/kyc.pdf' }));
    const reply = await createPackPdfBridge(send).save('KYC');
    expect([send.mock.calls, reply]).toEqual([[[packPdfChannel, 'KYC']], { ok: true, file: '/tmp/kyc.pdf' }]);
  });
  test('refuses a pack that is not a string without asking main', async () => {
    const send = vi.fn(async () => ({ ok: true, file: null }));
    expect(await createPackPdfBridge(send).save({ pack: 'x' } as unknown as string)).toEqual({
      ok: false,
      message: 'INVALID_INPUT',
    });
    expect(send).not.toHaveBeenCalled();
  });
});
