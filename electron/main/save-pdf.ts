/** The part of Electron's WebContents printed from. */
export interface PdfSource {
  printToPDF(options: { printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  getTitle(): string;
}

export interface SavePdfDeps {
  contents: PdfSource;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
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
  const choice = await deps.showSaveDialog({
    title: 'Save as PDF',
    defaultPath: pdfFileName(deps.contents.getTitle()),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  const pdf = await deps.contents.printToPDF({ printBackground: false, preferCSSPageSize: true });
  await deps.writeFile(choice.filePath, pdf);
  return choice.filePath;
}
