import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createElectronFake, type ElectronFake, FakeBrowserWindow } from './electron-fake';

// The lifecycle with the REAL core (SQLite, seed import) behind a stand-in `electron`:
// what the app window would get through window.kb, short of a real Chromium.
const hoisted = vi.hoisted(() => ({ fake: undefined as unknown as ElectronFake }));
vi.mock('electron', async () => (await import('./electron-fake')).electronModule(() => hoisted.fake));

const { startFolio } = await import('../../../electron/main/lifecycle');

const root = path.resolve(__dirname, '../../..');
let electron: ElectronFake;
let userData: string;

beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'folio-shell-'));
  electron = createElectronFake();
  electron.app.getPath.mockImplementation(() => userData);
  electron.app.getAppPath.mockImplementation(() => root);
  hoisted.fake = electron;
});

afterEach(async () => {
  if (FakeBrowserWindow.instances.length > 0) {
    // Quitting closes the library; wait for it before removing the folder.
    electron.app.emit('will-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  }
  rmSync(userData, { recursive: true, force: true });
});

async function invoke(method: string, input: unknown): Promise<unknown> {
  const window = FakeBrowserWindow.instances[0]!;
  const listener = electron.ipcMain.handle.mock.calls[0]![1] as (...args: unknown[]) => Promise<unknown>;
  return listener({ senderFrame: { ...window.webContents.mainFrame } }, method, input);
}

describe('the shell over the real core', () => {
  test('window.kb.listDocuments answers with the two seed documents', async () => {
    startFolio();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 30_000 });
    const reply = (await invoke('listDocuments', {})) as { ok: boolean; value: { title: string }[] };
    expect([reply.ok, reply.value.length]).toEqual([true, 2]);
  });
  test('the seed includes the WEEX FAQ', async () => {
    startFolio();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 30_000 });
    const reply = (await invoke('listDocuments', {})) as { value: { title: string }[] };
    expect(reply.value.map((doc) => doc.title)).toContain('WEEX Crypto News and the Dynamics of API Access');
  });
  test('the library is created in the user-data folder', async () => {
    startFolio();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 30_000 });
    const reply = (await invoke('libraryInfo', {})) as { value: { dataDir: string } };
    expect(reply.value.dataDir).toBe(userData);
  });
  test('no error box was shown', async () => {
    startFolio();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 30_000 });
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});
