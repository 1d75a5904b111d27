import { describe, expect, test, vi } from 'vitest';
import { createPackPdfHandler, electronPrintToPdf, savePackPdf } from '../../../electron/main/pack-pdf';
import { FakeBrowserWindow } from './electron-fake';

const handout = '<!doctype html><html><body><h1>KYC</h1></body></html>';

describe('printing a handout in a hidden Electron window', () => {
  test('loads the handout as a data: URL, prints it, and closes the window', async () => {
    const window = new FakeBrowserWindow({ show: false });
    const pdf = await electronPrintToPdf(() => window)(handout);
    expect(window.loadURL).toHaveBeenCalledWith(`data:text/html;charset=utf-8,${encodeURIComponent(handout)}`);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });
  test('closes the window when printing fails', async () => {
    const window = new FakeBrowserWindow({ show: false });
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('printer gone'));
    await expect(electronPrintToPdf(() => window)(handout)).rejects.toThrow('printer gone');
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });
});

function deps(filePath: string | undefined) {
  return {
    api: {
      getPack: vi.fn(async () => ({
        id: 'p1',
        name: 'KYC: basics',
        layer: 'personal',
        items: [],
        createdAt: '',
        updatedAt: '',
      })),
      exportPack: vi.fn(async () => ({ text: handout })),
    },
    print: vi.fn(async (_html: string) => Buffer.from('%PDF-1.7 fake')),
    showSaveDialog: vi.fn(async (_options: { defaultPath: string }) => ({
      canceled: filePath === undefined,
      filePath,
    })),
    writeFile: vi.fn(async (_path: string, _data: Uint8Array) => undefined),
  };
}

describe('saving a pack as PDF', () => {
  test('offers the pack name as the file name, prints the HTML handout and writes it where chosen', async () => {
    const d = deps('/home/trainer/kyc.pdf');
    expect(await savePackPdf('p1', d)).toBe('/home/trainer/kyc.pdf');
    expect(d.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'KYC basics.pdf' });
    expect(d.api.exportPack).toHaveBeenCalledWith({ pack: 'p1', format: 'html' });
    expect(d.print).toHaveBeenCalledWith(handout);
    expect(d.writeFile.mock.calls[0]?.[0]).toBe('/home/trainer/kyc.pdf');
    expect(Buffer.from(d.writeFile.mock.calls[0]?.[1] ?? []).toString()).toBe('%PDF-1.7 fake');
  });
  test('prints nothing when the user cancels the save dialog', async () => {
    const d = deps(undefined);
    expect(await savePackPdf('p1', d)).toBeNull();
    expect(d.print).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
  });
});

describe('the pack-PDF IPC handler', () => {
  const mainFrame = { url: 'folio://app/index.html', parent: null, processId: 7, routingId: 1 };
  test('refuses a frame that is not the app window', async () => {
    const save = vi.fn(async () => '/x.pdf');
    const handler = createPackPdfHandler(save, () => mainFrame);
    const reply = await handler({ senderFrame: { ...mainFrame, processId: 8 } }, { pack: 'p1' });
    expect(reply).toEqual({ ok: false, message: 'UNAUTHORIZED' });
    expect(save).not.toHaveBeenCalled();
  });
  test('refuses a request that is not { pack }', async () => {
    const handler = createPackPdfHandler(
      async () => '/x.pdf',
      () => mainFrame,
    );
    expect(await handler({ senderFrame: mainFrame }, { pack: 'p1', out: '/etc/passwd' })).toEqual({
      ok: false,
      message: 'INVALID_INPUT',
    });
  });
  test('answers the path written for the app window', async () => {
    const handler = createPackPdfHandler(
      async (pack) => `/home/trainer/${pack}.pdf`,
      () => mainFrame,
    );
    expect(await handler({ senderFrame: mainFrame }, { pack: 'p1' })).toEqual({
      ok: true,
      file: '/home/trainer/p1.pdf',
    });
  });
});
