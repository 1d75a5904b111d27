import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolioApp } from './pages/FolioApp';
import { ImportDialog } from './pages/ImportDialog';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// Each spec imports, so each gets a server and a library of its own.
let server: RunningServer;
let folder: string;

/** Enough files that the import is still running when Cancel is pressed. */
const manyFiles = 1500;

test.beforeEach(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-wiring-import-'));
  server = await startFolioServer({ allow: [folder] });
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
  rmSync(folder, { recursive: true, force: true });
});

test('the browser door says which folders it may import from, and words the refusal of another', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const dialog = new ImportDialog(page);

  await dialog.importPaths(['/etc']);

  await expect(dialog.dialog).toContainText(
    'In the browser, Folio imports only from folders named when it was started',
  );
  const alert = dialog.dialog.getByRole('alert');
  await expect(alert).toContainText('Folio may not read from that place.');
  await expect(alert).toContainText('PATH_NOT_ALLOWED');
  await expect(alert).toContainText('outside the folders folio serve was started with (--allow)');
});

test('a running import can be cancelled; it says how far it got', async ({ page }) => {
  for (let n = 1; n <= manyFiles; n++) {
    writeFileSync(path.join(folder, `faq-${n}.md`), `# FAQ ${n}\n\n## Question ${n}?\n\nAnswer ${n}.\n`);
  }
  await new FolioApp(page).open(server.url);
  const dialog = new ImportDialog(page);

  await dialog.importPaths([folder]);
  const cancel = dialog.dialog.getByRole('button', { name: 'Cancel import' });
  await expect(cancel).toBeEnabled({ timeout: 10_000 });
  await cancel.click();

  const stopped = dialog.dialog.getByRole('status').filter({ hasText: 'Import stopped after' });
  await expect(stopped).toBeVisible({ timeout: 20_000 });
  await expect(dialog.dialog.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
});

test('a file dropped in the browser is not imported; the dialog says to type its path', async ({ page }) => {
  await new FolioApp(page).open(server.url);
  const dialog = new ImportDialog(page);
  await page.getByRole('button', { name: 'Import…' }).click();
  const zone = dialog.dialog.getByRole('region', { name: 'Drop files to import' });
  await expect(zone).toHaveText('Dropping files works in the desktop app only.');

  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['# Dropped\n'], 'dropped.md', { type: 'text/markdown' }));
    return transfer;
  });
  await zone.dispatchEvent('drop', { dataTransfer });

  await expect(dialog.dialog.getByRole('status')).toHaveText(
    'In the browser Folio cannot see where a dropped file lives: type its path (inside an allowed folder) above.',
  );
});
