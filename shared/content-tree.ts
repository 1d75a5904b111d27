import { z } from 'zod';

/**
 * A passage's shape: a small, safe tree of blocks and inline runs. It never holds markup, only
 * text and a fixed set of node types, so a reader can render it as elements without HTML.
 *
 * The tree maps exactly onto the passage's plain text: `contentPlainText(tree) === passage.text`.
 * Search, snippets, find and highlights use plain-text offsets; `contentPlainText` is the one
 * definition of how the tree lays out as text:
 * - blocks in a sequence (the passage, a quote, a list item) and list items are separated by a blank
 *   line ("\n\n"), as the paragraphs of a plain passage are;
 * - a list item starts with its marker: "3. " in an ordered list, "- " in an unordered one (the
 *   reader shows the marker as text, so the offsets of what it shows and of the text agree);
 * - table rows by "\n", cells by "\t";
 * - a code block is its text verbatim; a hard break is "\n"; a link is its text (the URL is
 *   shown beside it but is not text of the passage); an image is its alt text.
 */

export type ContentInline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'br' }
  | { t: 'em' | 'strong' | 'del'; c: ContentInline[] }
  /** `href` only for http(s) URLs; any other scheme was dropped at import. */
  | { t: 'link'; href?: string; c: ContentInline[] };

export type ContentBlock =
  | { t: 'p'; c: ContentInline[] }
  | { t: 'h'; level: number; c: ContentInline[] }
  | { t: 'list'; ordered: boolean; start?: number; items: ContentBlock[][] }
  /** `head`: the first row is a header row. */
  | { t: 'table'; head: boolean; rows: ContentInline[][][] }
  | { t: 'pre'; lang?: string; v: string }
  | { t: 'quote'; c: ContentBlock[] };

/** Bounds that keep a stored tree small and its validation cheap. */
const maxDepth = 64;

export const ContentInlineSchema: z.ZodType<ContentInline> = z.lazy(() =>
  z.union([
    z.object({ t: z.literal('text'), v: z.string() }),
    z.object({ t: z.literal('code'), v: z.string() }),
    z.object({ t: z.literal('br') }),
    z.object({ t: z.enum(['em', 'strong', 'del']), c: z.array(ContentInlineSchema) }),
    z.object({
      t: z.literal('link'),
      href: z
        .string()
        .regex(/^https?:\/\//i)
        .optional(),
      c: z.array(ContentInlineSchema),
    }),
  ]),
);

export const ContentBlockSchema: z.ZodType<ContentBlock> = z.lazy(() =>
  z.union([
    z.object({ t: z.literal('p'), c: z.array(ContentInlineSchema) }),
    z.object({ t: z.literal('h'), level: z.number().int().min(1).max(6), c: z.array(ContentInlineSchema) }),
    z.object({
      t: z.literal('list'),
      ordered: z.boolean(),
      start: z.number().int().optional(),
      items: z.array(z.array(ContentBlockSchema)),
    }),
    z.object({ t: z.literal('table'), head: z.boolean(), rows: z.array(z.array(z.array(ContentInlineSchema))) }),
    z.object({ t: z.literal('pre'), lang: z.string().max(40).optional(), v: z.string() }),
    z.object({ t: z.literal('quote'), c: z.array(ContentBlockSchema) }),
  ]),
);

export const ContentTreeSchema = z.array(ContentBlockSchema);
export type ContentTree = ContentBlock[];

/** The text a list item starts with: "3. " (ordered, counting from `start`) or "- ". */
export function listMarker(list: { ordered: boolean; start?: number }, index: number): string {
  return list.ordered ? `${(list.start ?? 1) + index}. ` : '- ';
}

export function inlinePlainText(nodes: readonly ContentInline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'text' || node.t === 'code') out += node.v;
    else if (node.t === 'br') out += '\n';
    else out += inlinePlainText(node.c);
  }
  return out;
}

function blockPlainText(block: ContentBlock, depth: number): string {
  if (depth > maxDepth) return '';
  switch (block.t) {
    case 'p':
    case 'h':
      return inlinePlainText(block.c);
    case 'pre':
      return block.v;
    case 'quote':
      return blocksPlainText(block.c, '\n\n', depth + 1);
    case 'list':
      return block.items.map((item, i) => listMarker(block, i) + blocksPlainText(item, '\n\n', depth + 1)).join('\n\n');
    case 'table':
      return block.rows.map((row) => row.map(inlinePlainText).join('\t')).join('\n');
  }
}

function blocksPlainText(blocks: readonly ContentBlock[], separator: string, depth: number): string {
  return blocks.map((b) => blockPlainText(b, depth)).join(separator);
}

/** The passage text a tree stands for (see the layout rules above). */
export function contentPlainText(tree: readonly ContentBlock[]): string {
  return blocksPlainText(tree, '\n\n', 0);
}

/** The plain text of one block, as it appears inside a passage. */
export function contentBlockText(block: ContentBlock): string {
  return blockPlainText(block, 0);
}
