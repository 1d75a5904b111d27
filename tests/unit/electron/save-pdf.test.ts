import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { pdfFileName, saveAsPdf } from '../../../electron/main/save-pdf';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { FakeWebContents } from './electron-fake';

vi.mock('electron', () => {
  throw new Error('electron must not be loaded by save-pdf');
});

const tempDir = tempDirsCleanedAfterEachTest();
const writeFile = async (file: string, data: Uint8Array) => (await import('node:fs/promises')).writeFile(file, data);

describe('Save as PDF…', () => {
  test('prints with the print stylesheet (CSS page size, no backgrounds) and writes the bytes where the user chose', async () => {
    const contents = new FakeWebContents();
    const target = path.join(tempDir(), 'notice.pdf');
    const written = await saveAsPdf({
      contents,
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      writeFile,
    });
    expect([written, readFileSync(target, 'utf8'), contents.printToPDF.mock.calls]).toEqual([
      target,
      '%PDF-1.7 fake',
      [[{ printBackground: false, preferCSSPageSize: true }]],
    ]);
  });
  test('offers the window title as the file name', async () => {
    const contents = new FakeWebContents();
    contents.title = 'Yinfa [2026] No. 42 — Folio';
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    await saveAsPdf({ contents, showSaveDialog, writeFile });
    expect(showSaveDialog.mock.calls).toEqual([
      [
        {
          title: 'Save as PDF',
          defaultPath: 'Yinfa [2026] No. 42 — Folio.pdf',
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        },
      ],
    ]);
  });
  test('does not print when the user cancels', async () => {
    const contents = new FakeWebContents();
    const result = await saveAsPdf({ contents, showSaveDialog: async () => ({ canceled: true }), writeFile });
    expect([result, contents.printToPDF.mock.calls.length]).toEqual([null, 0]);
  });
  test('file names lose path separators and characters Windows refuses', () => {
    expect(pdfFileName('a/b\\c: "d"?')).toBe('a b c d.pdf');
  });
  test('an empty title becomes Folio.pdf', () => {
    expect(pdfFileName('  ')).toBe('Folio.pdf');
  });
});
