import type { ParsedFile } from '../ingest/types';
import { toIndexText } from '../text/index-text';

/** One document's fields as the full-text index holds them, prepared before the write (off the writing thread). */
export interface DocumentIndexTexts {
  docTitle: string;
  passages: { title: string; body: string }[];
}

/** The index texts of every document of a parsed file, in order. */
export function indexTextsOf(parsed: ParsedFile): DocumentIndexTexts[] {
  return parsed.documents.map((d) => ({
    docTitle: toIndexText(d.title),
    passages: d.passages.map((p) => ({ title: toIndexText(p.title ?? ''), body: toIndexText(p.text) })),
  }));
}
