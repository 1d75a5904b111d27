import type { BlockSource } from '../blocks';
import { stripComments } from '../clean/comments';
import { stripLiquid } from '../clean/liquid';
import { capInlineSyntax } from './markdown/cap-inline';
import { parseMarkdown } from './markdown/parse-mdast';
import { plainMarkdownBlocks } from './markdown/plain-fast-path';
import { mdastToBlocks } from './markdown/to-blocks';

/**
 * Markdown → blocks through micromark (CommonMark + GFM tables, strikethrough and autolinks; MDX
 * for `.mdx` and Docusaurus-style `.md`). Front matter becomes metadata; Liquid tags are resolved
 * first (their first branch kept); fenced code stays verbatim (never a heading).
 * @example markdownToBlocks('# T\n\nHello', false).blocks // [{type:'heading',level:1,text:'T',…},{type:'para',text:'Hello',…}]
 */
export function markdownToBlocks(source: string, mdx = false): BlockSource {
  const plain = mdx ? undefined : plainMarkdownBlocks(stripComments(source));
  if (plain) return { blocks: plain, meta: {}, warnings: [] };
  return micromarkBlocks(source, mdx);
}

/** markdownToBlocks without the fast path: every text through micromark (the fast path's reference). */
export function micromarkBlocks(source: string, mdx = false): BlockSource {
  const capped = capInlineSyntax(stripLiquid(source));
  const parsed = parseMarkdown(capped.text, mdx);
  const converted = mdastToBlocks(parsed.tree, capped.literals);
  const warnings = [...parsed.warnings, ...converted.warnings];
  if (capped.literals.length > 0)
    warnings.push(`${capped.literals.length} paragraphs with unusually dense Markdown syntax read as plain text`);
  return { blocks: converted.blocks, meta: converted.meta, warnings };
}
