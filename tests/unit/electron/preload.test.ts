import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { KbBridge } from '../../../shared/doors';
import { ipcChannel, methodNames } from '../../../shared/methods';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'reply' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

let bridge: KbBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposeInMainWorld.mock.calls[0]![1] as KbBridge;
});

describe('the preload', () => {
  test('exposes one object, as window.kb', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([key]) => key)).toEqual(['kb']);
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
    expect([...new Set(runtime)].sort()).toEqual(['../../shared/methods', './bridge', 'electron']);
  });
  test('shared/methods itself imports nothing', () => {
    expect(importsOf(path.resolve(__dirname, '../../../shared/methods.ts'))).toEqual([]);
  });
});
