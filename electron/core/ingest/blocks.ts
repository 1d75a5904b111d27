import type { ContentBlock } from '../../../shared/content-tree';

/** The format-neutral shape every format parser produces: headings and paragraphs in reading order. */
export interface Block {
  /** 'break' ends the open passage without adding text (e.g. where a byline was removed). */
  type: 'heading' | 'para' | 'break';
  text: string;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** Preformatted code: never a heading, article or question. */
  code?: boolean;
  /** The block's shape, when it has more than plain text: its plain text is exactly `text`. */
  node?: ContentBlock;
  /** The block followed an empty line in the source (used by noise detection in scraped text). */
  blankBefore?: boolean;
}

/** Metadata a format states outside the text (front matter, HTML <title>, …). */
export interface FormatMeta {
  title?: string;
  date?: string;
}

export interface BlockSource {
  blocks: Block[];
  meta: FormatMeta;
  warnings: string[];
}

/** A block from a content node: its text is the node's plain text. */
export function blockOf(node: ContentBlock, text: string, extra: Partial<Block> = {}): Block {
  return { type: 'para', text, node, ...extra };
}

/** Collapses runs of spaces/tabs to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/[ \t\u3000]+/g, ' ').trim();
}
