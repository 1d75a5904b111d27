import type { ContentBlock } from '../../../shared/content-tree';
import type { PassageKind } from '../../../shared/model';

/** One citable unit as a parser finds it, before it gets a stable ID. */
export interface ParsedPassage {
  kind: PassageKind;
  /** Normalised number: "5" for (5)/(V)/Article 5/第五条, "5-1" for 第五条之一, "1005.2" for § 1005.2. */
  number?: string;
  /** The clause label as the source writes it, where the number cannot say it ("(IX)" beside "(5)"). */
  label?: string;
  /** FAQ question, article heading ("Inter-agency Coordination."), or section heading. */
  title?: string;
  /** The passage body as readable plain text (paragraphs separated by "\n\n"). */
  text: string;
  /** Heading path from the document root, e.g. ["第一章 总则", "第一节 …"]. */
  path: string[];
  /** The text's shape (lists, tables, code, links…) when it has more than plain paragraphs; its plain text is `text`. */
  content?: ContentBlock[];
}

export interface ParsedRelation {
  type: 'repeals' | 'amends';
  /** The other document's number as written, e.g. "Yinfa [2021] No. 237". */
  target: string;
}

/** One document found in a file (a file may hold several). */
export interface ParsedDocument {
  title: string;
  /** BCP-47-ish primary language: 'en', 'zh', or 'und'. */
  lang: string;
  docNumber?: string;
  issuers?: string[];
  /** ISO dates, YYYY-MM-DD. */
  issuedDate?: string;
  effectiveDate?: string;
  relations: ParsedRelation[];
  passages: ParsedPassage[];
  /** Numbering gaps, disorder and similar: shown in the import report. */
  warnings: string[];
}

export interface ParsedFile {
  documents: ParsedDocument[];
  /** File-level warnings (e.g. noise removed, duplicate block folded). */
  warnings: string[];
}

/** What parsers receive: the raw bytes and the file name (its extension picks the format). */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}
