import { describe, expect, test, vi } from 'vitest';
import { importDialogOptions, importFromDialog } from '../../../electron/main/import-dialog';
import { KbError } from '../../../shared/errors';
import { fakeApi } from './fakes';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by import-dialog');
});

const chosen = (...filePaths: string[]) => vi.fn(async () => ({ canceled: false, filePaths }));

describe('importDialogOptions', () => {
  test('Import Files… picks several files', () => {
    expect(importDialogOptions('files').properties).toEqual(['openFile', 'multiSelections']);
  });
  test('Import Folder… picks one folder', () => {
    expect(importDialogOptions('folder').properties).toEqual(['openDirectory']);
  });
});

describe('importFromDialog', () => {
  test('starts an import of the chosen paths', async () => {
    const startImport = vi.fn(async () => ({ jobId: 'job-7' }));
    const result = await importFromDialog('files', {
      api: fakeApi({ startImport }),
      showOpenDialog: chosen('/docs/a.txt', '/docs/b.html'),
      showErrorBox: vi.fn(),
    });
    expect([startImport.mock.calls, result]).toEqual([
      [[{ paths: ['/docs/a.txt', '/docs/b.html'] }]],
      { ok: true, value: { jobId: 'job-7' } },
    ]);
  });
  test('does nothing when the dialog is cancelled', async () => {
    const api = fakeApi();
    const result = await importFromDialog('folder', {
      api,
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showErrorBox: vi.fn(),
    });
    expect([result, vi.mocked(api.startImport).mock.calls.length]).toEqual([null, 0]);
  });
  test('shows a refused import in an error box', async () => {
    const showErrorBox = vi.fn();
    const startImport = vi.fn(async () => {
      throw new KbError('IMPORT_FAILED', 'An import is already running');
    });
    await importFromDialog('folder', { api: fakeApi({ startImport }), showOpenDialog: chosen('/docs'), showErrorBox });
    expect(showErrorBox.mock.calls).toEqual([['Import failed', 'An import is already running']]);
  });
});
