import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

// The checker is the CI script itself (plain CommonJS), so the test and CI cannot disagree.
const { checkElectronegativity } = require('../../../scripts/check-electronegativity.cjs') as {
  checkElectronegativity(input?: string): Promise<{ blocking: { id: string }[]; errors: unknown[] }>;
};

const tempDir = tempDirsCleanedAfterEachTest();
const outDir = path.resolve(__dirname, '..', '..', '..', 'out');
const built = existsSync(path.join(outDir, 'main'));
const notBuilt = 'skipped: out/ is not built (npx electron-vite build; npm test builds first)';

describe('Electronegativity', () => {
  it.skipIf(!built)(
    `finds no high or medium issue in the built app that is not justified ${built ? '' : notBuilt}`,
    async () => {
      const report = await checkElectronegativity(outDir);
      expect(report.errors).toEqual([]);
      expect(report.blocking).toEqual([]);
    },
  );

  it('blocks a window with Node integration and no context isolation', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron');\n" +
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n',
    );
    const report = await checkElectronegativity(dir);
    expect(report.blocking.map((f) => f.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
    );
  });
});
