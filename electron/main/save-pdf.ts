/** The part of Electron's WebContents printed from. */
export interface PdfSource {
  printToPDF(options: { printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  getTitle(): string;
}

/** Electron's save dialog and a file writer: what every "… as PDF" command needs from the shell. */
export interface PdfSaveDeps {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
}

export interface SavePdfDeps extends PdfSaveDeps {
  contents: PdfSource;
}

/** A file name from the window title: no path separators or characters Windows refuses. */
export function pdfFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${cleaned || 'Folio'}.pdf`;
}

/**
 * File ▸ Save as PDF…: asks where, then prints the window with the print stylesheet
 * (so only the open document, with its header and clause labels) and writes the PDF.
 * Resolves to the path written, or null when the user cancelled.
 */
export async function saveAsPdf(deps: SavePdfDeps): Promise<string | null> {
  return savePdfAs(deps, 'Save as PDF', deps.contents.getTitle(), () =>
    deps.contents.printToPDF({ printBackground: false, preferCSSPageSize: true }),
  );
}

/**
 * Asks where to save a PDF named after `name`, then makes it (only once a path was chosen) and
 * writes it there. Resolves to the path written, or null when the user cancelled.
 */
export async function savePdfAs(
  deps: PdfSaveDeps,
  title: string,
  name: string,
  makePdf: () => Promise<Uint8Array>,
): Promise<string | null> {
  const choice = await deps.showSaveDialog({
    title,
    defaultPath: pdfFileName(name),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  await deps.writeFile(choice.filePath, await makePdf());
  return choice.filePath;
}
