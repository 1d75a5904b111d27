import type { ParsedDocument, ParsedFile, ParsedPassage } from '../../electron/core/ingest/types';

/** Small hand-made parser output for store tests (the parsers have tests of their own). */
export function article(number: string, text: string, title?: string): ParsedPassage {
  return { kind: 'article', number, text, path: [], ...(title ? { title } : {}) };
}

export function doc(title: string, passages: ParsedPassage[], extra: Partial<ParsedDocument> = {}): ParsedDocument {
  return { title, lang: 'en', relations: [], passages, warnings: [], ...extra };
}

export function file(...documents: ParsedDocument[]): ParsedFile {
  return { documents, warnings: [] };
}
