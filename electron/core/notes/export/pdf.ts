import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KbError } from '../../../../shared/errors';

/** How a door turns HTML into PDF: Electron's printToPDF, or headless Chromium for the CLI. */
export type PrintToPdf = (html: string) => Promise<Buffer>;

/** Where the CLI looks for Chromium (Debian's package). */
export const chromiumPath = '/usr/bin/chromium';
/** Headless Chromium gets this long to print a handout. */
const printTimeoutMs = 60_000;

export function handoutPdf(html: string, print: PrintToPdf): Promise<Buffer> {
  return print(html);
}

/** printToPdf for the CLI: `chromium --headless --print-to-pdf`, or a clear error when it is missing. */
export function chromiumPrintToPdf(executable = chromiumPath): PrintToPdf {
  return async (html) => {
    if (!existsSync(executable)) {
      throw new KbError('UNSUPPORTED_FORMAT', `PDF export needs Chromium at ${executable} (apt-get install chromium)`);
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-pdf-'));
    try {
      const input = path.join(dir, 'handout.html');
      const output = path.join(dir, 'handout.pdf');
      writeFileSync(input, html);
      await new Promise<void>((resolve, reject) => {
        execFile(
          executable,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            `--user-data-dir=${path.join(dir, 'profile')}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${output}`,
            `file://${input}`,
          ],
          { timeout: printTimeoutMs },
          (error) => (error && !existsSync(output) ? reject(error) : resolve()),
        );
      });
      if (!existsSync(output)) throw new KbError('INTERNAL', 'Chromium printed no PDF');
      return readFileSync(output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
