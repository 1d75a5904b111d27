import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const { findWallViolations } = require('../../../scripts/import-walls.cjs') as {
  findWallViolations: (root: string) => { file: string; specifier: string; reason: string }[];
};
const tempDir = tempDirsCleanedAfterEachTest();

function tree(files: Record<string, string>): string {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('import walls', () => {
  it('hold in this repository', () => {
    expect(findWallViolations(path.resolve(__dirname, '..', '..', '..'))).toEqual([]);
  });

  it('stop the core importing electron', () => {
    const root = tree({ 'electron/core/a.ts': "import { app } from 'electron';" });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['electron']);
  });

  it('stop the core importing the main process', () => {
    const root = tree({ 'electron/core/a.ts': "import { x } from '../main/window';" });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['../main/window']);
  });

  it('stop the renderer importing Node modules', () => {
    const root = tree({ 'renderer/src/a.ts': "import fs from 'node:fs';\nconst p = require('path');" });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['node:fs', 'path']);
  });

  it('stop the renderer importing electron code', () => {
    const root = tree({ 'renderer/src/a.ts': "import { x } from '../../electron/core/service';" });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['../../electron/core/service']);
  });

  it('let the preload import only electron, its own files, shared/methods and shared/doors', () => {
    const root = tree({
      'electron/preload/index.ts':
        "import { contextBridge } from 'electron';\nimport { b } from './bridge';\nimport { methodNames } from '../../shared/methods';\nimport { contract } from '../../shared/api';",
      'electron/preload/bridge.ts': '',
    });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['../../shared/api']);
  });

  it('let shared import zod and itself only', () => {
    const root = tree({
      'shared/a.ts':
        "import { z } from 'zod';\nimport { b } from './b';\nimport React from 'react';\nimport { c } from '../electron/core/c';",
      'shared/b.ts': '',
    });
    expect(findWallViolations(root).map((v) => v.specifier)).toEqual(['react', '../electron/core/c']);
  });
});
