import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { KbBridge } from '../../../shared/doors';
import { ipcChannel, methodNames } from '../../../shared/methods';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'reply' })),
  /** Electron gives a path only for File objects from a real drop; these fakes carry one in `realPath`. */
  getPathForFile: vi.fn((file: { realPath?: string }) => file.realPath ?? ''),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

let bridge: KbBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposeInMainWorld.mock.calls[0]![1] as KbBridge;
});

describe('the preload', () => {
  test('exposes two objects, window.kb and window.kbDrop', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([key]) => key)).toEqual(['kb', 'kbDrop']);
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
    expect([...new Set(runtime)].sort()).toEqual(['../../shared/methods', './bridge', './dropped-files', 'electron']);
  });
  test('shared/methods itself imports nothing', () => {
    expect(importsOf(path.resolve(__dirname, '../../../shared/methods.ts'))).toEqual([]);
  });
});
