import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { bundledResourcesFolder, resolveAppPaths } from '../../../electron/main/paths';
import { describeStartupError } from '../../../electron/main/startup-error';
import { KbError } from '../../../shared/errors';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by paths or startup-error');
});

describe('describeStartupError', () => {
  test('explains a library written by a newer Folio', () => {
    expect(describeStartupError(new KbError('DB_TOO_NEW', 'schema 9 > 3'), '/home/u/.config/Folio')).toEqual({
      title: 'Folio cannot open this library',
      content:
        'The library in /home/u/.config/Folio was written by a newer version of Folio.\n\n' +
        'Install the newer version to open it. Nothing was changed.',
    });
  });
  test('offers the rebuild for a damaged library, saying the file was not changed', () => {
    expect(describeStartupError(new KbError('LIBRARY_DAMAGED', 'The library file is empty.'), '/data')).toEqual({
      title: 'Folio found the library damaged',
      content:
        'The library file is empty.\n\nThe damaged file was not changed. To make a new library from its source files, run:\n' +
        'folio rebuild --data "/data"',
    });
  });
  test('shows any other error with the library folder', () => {
    expect(describeStartupError(new Error('disk I/O error'), '/data')).toEqual({
      title: 'Folio could not start',
      content: 'disk I/O error\n\nLibrary folder: /data',
    });
  });
});

describe('resolveAppPaths', () => {
  const common = { appPath: '/src/folio', resourcesPath: '/opt/Folio/resources', mainDir: '/src/folio/out/main' };

  test('reads the seed from the project in development', () => {
    expect(resolveAppPaths({ ...common, isPackaged: false }).resourcesDir).toBe(path.join('/src/folio', 'resources'));
  });
  test('reads the seed from extraResources when packaged', () => {
    expect(resolveAppPaths({ ...common, isPackaged: true }).resourcesDir).toBe(
      path.join('/opt/Folio/resources', bundledResourcesFolder),
    );
  });
  test('serves the renderer built beside the main bundle', () => {
    expect(resolveAppPaths({ ...common, isPackaged: true }).rendererDir).toBe(path.join('/src/folio/out/renderer'));
  });
  test('loads the preload built beside the main bundle', () => {
    expect(resolveAppPaths({ ...common, isPackaged: true }).preloadPath).toBe(
      path.join('/src/folio/out/preload/index.js'),
    );
  });
});
