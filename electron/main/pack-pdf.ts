import { z } from 'zod';
import type { KbApi } from '../../shared/api';
import { handoutPdf, type PrintToPdf } from '../core/notes/export/pdf';
import { type InvokeEvent, isTrustedSender, type SenderFrame } from './ipc';
import { type PdfSaveDeps, savePdfAs } from './save-pdf';

/** The part of a hidden BrowserWindow the handout is printed in. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    printToPDF(options: { printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  };
  destroy(): void;
}

/** The hidden window's settings: it shows a self-contained handout, so it needs no script and no preload. */
export const printWindowOptions = {
  show: false,
  webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
} as const;

/**
 * printToPdf for the desktop app: loads the handout's HTML (a data: URL, which the session
 * policy allows) in a hidden window, prints it with Electron's printToPDF, and closes it.
 */
export function electronPrintToPdf(openWindow: () => PrintWindow): PrintToPdf {
  return async (html) => {
    const window = openWindow();
    try {
      await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      return Buffer.from(pdf);
    } finally {
      window.destroy();
    }
  };
}

export interface SavePackPdfDeps extends PdfSaveDeps {
  api: Pick<KbApi, 'exportPack' | 'getPack'>;
  print: PrintToPdf;
}

/** Asks where, then prints the pack's HTML handout to PDF there. Resolves to the path, or null when cancelled. */
export async function savePackPdf(pack: string, deps: SavePackPdfDeps): Promise<string | null> {
  const { name } = await deps.api.getPack({ pack });
  return savePdfAs(deps, 'Save handout as PDF', name, async () => {
    const { text } = await deps.api.exportPack({ pack, format: 'html' });
    return handoutPdf(text, deps.print);
  });
}

const PackPdfRequestSchema = z.object({ pack: z.string().trim().min(1).max(200) }).strict();

/** What the renderer gets back: the file written, null when the user cancelled, or why it failed. */
export type PackPdfReply = { ok: true; file: string | null } | { ok: false; message: string };

/** The IPC handler for `packPdfChannel`: only the app window may ask, with a valid pack reference. */
export function createPackPdfHandler(
  save: (pack: string) => Promise<string | null>,
  getMainFrame: () => SenderFrame | null,
): (event: InvokeEvent, request: unknown) => Promise<PackPdfReply> {
  return async (event, request) => {
    if (!isTrustedSender(event.senderFrame, getMainFrame())) return { ok: false, message: 'UNAUTHORIZED' };
    const parsed = PackPdfRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, message: 'INVALID_INPUT' };
    try {
      return { ok: true, file: await save(parsed.data.pack) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
