import { KbError } from '../../../shared/errors';
import { normalizeText } from '../text/normalize';
import type { Block, BlockSource } from './blocks';
import { foldRepeats } from './clean/fold';
import { decodeText } from './decode';
import { assembleDocument } from './document';
import { docxToHtml } from './formats/docx';
import { faqYamlToDocument } from './formats/faq-yaml';
import { htmlToBlocks } from './formats/html';
import { markdownToBlocks } from './formats/markdown';
import { pdfToBlocks } from './formats/pdf';
import { regmlToDocument } from './formats/regml-xml';
import { textToBlocks } from './formats/text';
import { segmentPage } from './segment';
import type { ParsedFile, SourceFile } from './types';

/** File extensions Folio imports (lower-case, with the dot). */
export const supportedExtensions: readonly string[] = [
  '.txt',
  '.md',
  '.markdown',
  '.mdx',
  '.html',
  '.htm',
  '.xhtml',
  '.pdf',
  '.docx',
  '.yml',
  '.yaml',
  '.xml',
];

export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

export function isSupportedFile(name: string): boolean {
  return supportedExtensions.includes(extensionOf(name));
}

/**
 * Parses one file's bytes into documents and citable passages. Pure: no file-system access.
 * Throws only KbError: UNSUPPORTED_FORMAT (unknown extension, binary content under a text name,
 * a .yml that is not YamlMime:FAQ) or DECODE_FAILED (undecodable text, unreadable PDF/DOCX, or
 * no text at all: an empty or white-space file, a PDF without a text layer).
 * @example await parseFile({ name: 'a.md', bytes: new TextEncoder().encode('# Title\n\nBody') })
 */
export async function parseFile(src: SourceFile): Promise<ParsedFile> {
  const name = src.name.replace(/^.*[\\/]/, '') || src.name;
  const ext = extensionOf(name);
  if (!supportedExtensions.includes(ext)) {
    throw new KbError(
      'UNSUPPORTED_FORMAT',
      `${name}: unsupported format (${ext || 'no extension'}); Folio imports ${supportedExtensions.join(' ')}`,
    );
  }
  let parsed: ParsedFile;
  try {
    parsed = await parseByFormat(name, ext, src.bytes);
  } catch (error) {
    if (error instanceof KbError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new KbError('DECODE_FAILED', `${name}: could not be read (${reason.slice(0, 200)})`);
  }
  if (!hasText(parsed)) {
    const what = ext === '.pdf' ? 'no text layer (a scanned or image-only PDF; Folio has no OCR yet)' : 'no text';
    throw new KbError('DECODE_FAILED', `${name}: ${what} to import; nothing was written`);
  }
  return parsed;
}

/** A file with something to read: a passage, or a heading, with text. */
function hasText(parsed: ParsedFile): boolean {
  return parsed.documents.some((d) => d.passages.some((p) => p.text.trim() !== '' || (p.title ?? '').trim() !== ''));
}

async function parseByFormat(name: string, ext: string, bytes: Uint8Array): Promise<ParsedFile> {
  const fallbackTitle = name.replace(/\.[^.]+$/, '');
  if (ext === '.pdf') {
    const source = await pdfToBlocks(name, bytes);
    return fromBlocks(source, fallbackTitle, { scraped: true, inferHeadings: true });
  }
  if (ext === '.docx') {
    const { html, warnings } = await docxToHtml(name, bytes);
    const source = htmlToBlocks(normalizeText(html));
    source.warnings.push(...warnings);
    return fromBlocks(source, fallbackTitle, { scraped: true, inferHeadings: false });
  }
  const decoded = decodeText(name, bytes);
  const text = normalizeText(decoded.text);
  const warnings = decoded.warnings;
  let parsed: ParsedFile;
  switch (ext) {
    case '.txt':
      parsed = fromBlocks(textToBlocks(text), fallbackTitle, { scraped: true, inferHeadings: true });
      break;
    case '.md':
    case '.markdown':
    case '.mdx':
      parsed = fromBlocks(markdownToBlocks(text, ext === '.mdx'), fallbackTitle, {
        scraped: false,
        inferHeadings: false,
      });
      break;
    case '.yml':
    case '.yaml':
      parsed = faqYamlToDocument(name, text);
      break;
    case '.xml':
      parsed = /<regulation[\s>]/.test(text.slice(0, 4000))
        ? regmlToDocument(name, text)
        : /<html[\s>]/i.test(text.slice(0, 4000))
          ? fromBlocks(htmlToBlocks(text), fallbackTitle, { scraped: true, inferHeadings: false })
          : unsupported(name, 'an XML file that is neither RegML nor XHTML');
      break;
    default:
      parsed = fromBlocks(htmlToBlocks(text), fallbackTitle, { scraped: true, inferHeadings: false });
  }
  parsed.warnings.unshift(...warnings);
  return parsed;
}

function unsupported(name: string, what: string): never {
  throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (${what})`);
}

function fromBlocks(
  source: BlockSource,
  fallbackTitle: string,
  options: { scraped: boolean; inferHeadings: boolean },
): ParsedFile {
  const warnings = [...source.warnings];
  let segments: Block[][] = [source.blocks];
  if (options.scraped) {
    const folded = foldRepeats(source.blocks);
    warnings.push(...folded.folded);
    const page = segmentPage(folded.blocks);
    if (page.removed > 0) warnings.push(`removed ${page.removed} lines of page noise (link lists, stray headlines)`);
    segments = page.documents;
  }
  const documents = segments
    .map((blocks, index) =>
      assembleDocument(blocks, index === 0 ? source.meta : {}, {
        fallbackTitle,
        inferHeadings: options.inferHeadings,
      }),
    )
    .filter((doc) => doc.passages.length > 0 || segments.length === 1);
  if (documents.length === 0) {
    documents.push({ title: fallbackTitle, lang: 'und', relations: [], passages: [], warnings: ['no text found'] });
  }
  return { documents, warnings };
}
