import { normalizeText } from '../../text/normalize';
import type { Block, BlockSource } from '../blocks';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

type PdfModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfModule> | undefined;

function loadPdfjs(): Promise<PdfModule> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/**
 * PDF → paragraph blocks. Lines come from pdf.js text items; a vertical gap larger than the usual
 * line spacing, or a page break, starts a new paragraph. Wrapped lines of one paragraph are joined.
 */
export async function pdfToBlocks(name: string, bytes: Uint8Array): Promise<BlockSource> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  const blocks: Block[] = [];
  const warnings: string[] = [];
  try {
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      const page = await doc.getPage(pageNo);
      const content = await page.getTextContent();
      const lines: { text: string; y: number; height: number }[] = [];
      let text = '';
      let y: number | undefined;
      let height = 0;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        const itemY = item.transform[5] ?? 0;
        if (y !== undefined && Math.abs(itemY - y) > Math.max(2, item.height * 0.5) && text.length > 0) {
          lines.push({ text, y, height });
          text = '';
        }
        if (y === undefined || text.length === 0) y = itemY;
        text += item.str;
        height = Math.max(height, item.height);
        if (item.hasEOL) {
          lines.push({ text, y, height });
          text = '';
          height = 0;
        }
      }
      if (text.length > 0 && y !== undefined) lines.push({ text, y, height });
      paragraphsOf(lines, blocks);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  if (blocks.length === 0) warnings.push(`${name}: no text layer found (scanned PDF?)`);
  return { blocks, meta: {}, warnings };
}

function paragraphsOf(lines: { text: string; y: number; height: number }[], out: Block[]): void {
  const kept = lines.map((l) => ({ ...l, text: normalizeText(l.text).trim() })).filter((l) => l.text.length > 0);
  const gaps: number[] = [];
  for (let i = 1; i < kept.length; i++) gaps.push(Math.abs((kept[i - 1]?.y ?? 0) - (kept[i]?.y ?? 0)));
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  let para = '';
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i] as { text: string };
    const gap = i === 0 ? 0 : (gaps[i - 1] ?? 0);
    if (para && gap > usual * 1.4) {
      out.push({ type: 'para', text: para, blankBefore: true });
      para = '';
    }
    para = para ? joinLines(para, line.text) : line.text;
  }
  if (para) out.push({ type: 'para', text: para, blankBefore: true });
}

/** Joins wrapped lines: no space between Han characters, hyphenated words rejoined. */
function joinLines(a: string, b: string): string {
  if (/[\u4e00-\u9fff，。；：、]$/.test(a) && /^[\u4e00-\u9fff]/.test(b)) return a + b;
  if (/[a-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}
