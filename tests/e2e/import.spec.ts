import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolioApp } from './pages/FolioApp';
import { ImportDialog } from './pages/ImportDialog';
import { bridgeApi } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// These specs add documents, so each gets a server and library of its own.
let server: RunningServer;
let folder: string;

test.beforeEach(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-import-'));
  writeFileSync(
    path.join(folder, 'keys.md'),
    '# Key rotation FAQ\n\n## How often should keys rotate?\n\nEvery ninety days.\n',
  );
  // The browser door imports only from folders named at start.
  server = await startFolioServer({ allow: [folder] });
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
  rmSync(folder, { recursive: true, force: true });
});

test('importing a folder from the dialog shows the report and the new document', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  const dialog = new ImportDialog(page);

  await dialog.importPaths([folder, path.join(folder, 'missing.md')]);

  await expect(dialog.report).toContainText('1 added');
  await expect(dialog.report).toContainText('missing.md: no such file or folder');
  await expect(app.library.document('Key rotation FAQ')).toBeVisible();
});

test('an import started outside the window (as from the app menu) refreshes the library', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);

  await bridgeApi(server).startImport({ paths: [folder] });

  await expect(app.library.document('Key rotation FAQ')).toBeVisible({ timeout: 10_000 });
  await expect(app.library.documents).toHaveCount(3);
});

test('a larger library can be filtered by title', async ({ page }) => {
  for (let n = 1; n <= 8; n++) {
    writeFileSync(
      path.join(folder, `topic-${n}.md`),
      `# Rotation topic ${n}\n\n## Why rotate ${n}?\n\nBecause ${n}.\n`,
    );
  }
  const app = await new FolioApp(page).open(server.url);
  await new ImportDialog(page).importPaths([folder]);
  await expect(app.library.documents).toHaveCount(11);
  await page.keyboard.press('Escape');

  await page.getByRole('searchbox', { name: 'Filter documents by title or number' }).fill('rotation topic 7');

  await expect(app.library.documents).toHaveCount(1);
  await expect(app.library.document('Rotation topic 7')).toBeVisible();
});
