import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { KbBridge } from '../../shared/doors';
import { methodNames } from '../../shared/methods';
import { seed } from './pages/FolioApp';
import { LibraryPane } from './pages/LibraryPane';

/**
 * Launches the built app in a real Electron, where one is installed. The binary is found
 * the way node_modules/electron/index.js finds it, without requiring that file (requiring
 * it starts a download when the binary is missing).
 */
const root = path.resolve(__dirname, '..', '..');
const mainBundle = path.join(root, 'out', 'main', 'index.js');

function locateElectronBinary(): string | null {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const executable = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** Whether better-sqlite3 loads in Electron's Node (it is built for one ABI at a time). */
function sqliteLoadsInElectron(binary: string): boolean {
  const probe = spawnSync(binary, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return probe.status === 0;
}

const electronBinary = locateElectronBinary();
const requireElectron = process.env.REQUIRE_ELECTRON === '1';
const missingReason =
  'Electron binary not installed (node_modules/electron/dist missing; it downloads from outside and this machine is offline)';

test.describe('Electron shell', () => {
  test.skip(electronBinary === null && !requireElectron, missingReason);

  test('opens the library window with the two seed documents', async () => {
    if (electronBinary === null) throw new Error(`REQUIRE_ELECTRON=1, but: ${missingReason}`);
    expect(existsSync(mainBundle), `${mainBundle} is missing: run \`npm run build\` first`).toBe(true);
    // Otherwise the app would stop on a modal start-up error box instead of failing.
    expect(
      sqliteLoadsInElectron(electronBinary),
      'better-sqlite3 is built for Node, not Electron: run `npx electron-builder install-app-deps` ' +
        '(with npm_config_nodedir unset), and `npm rebuild better-sqlite3` afterwards for the unit tests',
    ).toBe(true);

    const userDataDir = mkdtempSync(path.join(tmpdir(), 'folio-e2e-'));
    // The project folder, not the bundle: Electron then runs package.json's main (out/main/index.js)
    // with app.getAppPath() at the project root, where resources/seed is.
    const app = await electron.launch({
      executablePath: electronBinary,
      args: [root, `--user-data-dir=${userDataDir}`],
      cwd: root,
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('Folio');
      const library = new LibraryPane(page);
      await expect(library.document(seed.weex)).toBeVisible();
      await expect(library.documents).toHaveCount(2);

      const kb = await page.evaluate(() => Object.keys((window as unknown as { kb: KbBridge }).kb));
      expect(kb).toEqual([...methodNames]);
      const listed = await page.evaluate(() => (window as unknown as { kb: KbBridge }).kb.listDocuments({}));
      expect(listed).toMatchObject({ ok: true, value: { length: 2 } });
      const nodeInPage = await page.evaluate(() => [
        typeof (globalThis as { require?: unknown }).require,
        typeof (globalThis as { process?: unknown }).process,
      ]);
      expect(nodeInPage).toEqual(['undefined', 'undefined']);
    } finally {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
