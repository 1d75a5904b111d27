import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolioApp } from './pages/FolioApp';
import { bridgeApi } from './support/bridge-api';
import { type RunningServer, startFolioServer, stopFolioServer } from './support/folio-server';
import { expect, test } from './support/test';

// Imports add documents: a server and library of its own.
let server: RunningServer;
let folder: string;
test.beforeEach(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'folio-e2e-events-'));
  server = await startFolioServer({ allow: [folder] });
  writeFileSync(
    path.join(folder, 'rotation.md'),
    '# Key rotation FAQ\n\n## How often should keys rotate?\n\nEvery ninety days.\n',
  );
});
test.afterEach(async () => {
  await stopFolioServer(server.child.pid, server.dataDir);
  rmSync(folder, { recursive: true, force: true });
});

test('open search results refresh when an import adds matching passages', async ({ page }) => {
  const app = await new FolioApp(page).open(server.url);
  await app.search.search('ninety');
  await expect(app.search.header).toContainText('No results');

  await bridgeApi(server).startImport({ paths: [folder] });

  await expect(app.search.options.first()).toContainText('Every ninety days', { timeout: 10_000 });
});

test('the page makes no repeated status requests while idle (events, not polling)', async ({ page }) => {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(url.pathname);
  });
  await new FolioApp(page).open(server.url);
  await page.waitForTimeout(3_000);
  expect(calls.filter((c) => c === '/api/listImports' || c === '/api/importStatus').length).toBeLessThanOrEqual(1);
});
