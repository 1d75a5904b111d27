import { KbError } from '../../../../shared/errors';
import type { BlockSource } from '../blocks';
import { blocksOf, dropPageFurniture } from './pdf/layout';
import { linesOf, type PdfItem, type PdfLine } from './pdf/lines';

type PdfModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfModule> | undefined;

function loadPdfjs(): Promise<PdfModule> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** How far PDF extraction may go before the file is refused as too large (its memory ceiling). */
export interface PdfLimits {
  /** Pages read; the longest regulation PDFs run to about 2,000 pages. */
  maxPages: number;
  /** Characters of text kept across all pages: ~40 MB in memory, ten times the largest law in the corpora. */
  maxChars: number;
}

export const defaultPdfLimits: PdfLimits = { maxPages: 5_000, maxChars: 20_000_000 };

/** A metadata title that is only a file name or a placeholder says nothing. */
const meaninglessTitle = /^(?:untitled|document\d*|microsoft word - .*|.*\.(?:docx?|html?|pdf|md|txt))$/i;

/**
 * PDF → blocks. Text comes by lines in reading order; larger type becomes headings, clause
 * openers and spacing start paragraphs, wrapped lines are joined (no space inside CJK, hyphens
 * rejoined); running headers, footers and page numbers are dropped; Kangxi radicals and CJK
 * compatibility ideographs are folded to unified ones. The title is the first heading, else the
 * PDF's metadata title.
 */
export async function pdfToBlocks(
  name: string,
  bytes: Uint8Array,
  limits: PdfLimits = defaultPdfLimits,
): Promise<BlockSource> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages: PdfLine[][] = [];
  let metaTitle: string | undefined;
  try {
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string') metaTitle = info.Title.trim();
    if (doc.numPages > limits.maxPages)
      throw new KbError('TOO_LARGE', `${name}: ${doc.numPages} pages, more than the ${limits.maxPages} Folio reads`);
    let chars = 0;
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      const page = await doc.getPage(pageNo);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) chars += item.str.length;
      if (chars > limits.maxChars)
        throw new KbError(
          'TOO_LARGE',
          `${name}: more than ${limits.maxChars} characters of text, more than Folio reads`,
        );
      pages.push(
        linesOf(
          content.items.filter((i): i is PdfItem & (typeof content.items)[number] => 'str' in i),
          pageNo,
        ),
      );
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const { lines, removed } = dropPageFurniture(pages);
  const blocks = lines.length > 0 ? blocksOf(lines) : [];
  const warnings: string[] = [];
  if (removed > 0) warnings.push(`${name}: dropped ${removed} running header, footer and page-number lines`);
  const meta = metaTitle && metaTitle.length >= 2 && !meaninglessTitle.test(metaTitle) ? { title: metaTitle } : {};
  return { blocks, meta, warnings };
}
