import { parse, parseFragment } from 'parse5';
import type { ContentBlock } from '../../../../shared/content-tree';
import { contentBlockText, inlinePlainText } from '../../../../shared/content-tree';
import type { Block, BlockSource } from '../blocks';
import { blockOf, squeeze } from '../blocks';
import { flowOf, titleOf } from './html/walk';

/**
 * HTML/XHTML → blocks, parsed by parse5 (the HTML standard's algorithm, as a browser parses) and
 * laid out with browser white-space rules: runs of white space collapse, `<br>` and block
 * boundaries are line breaks, `<pre>` is kept as written. h1–h6 become headings; each list item,
 * table, code block and quote becomes a block carrying its content node. Script, style,
 * navigation and header/footer chrome are dropped.
 */
export function htmlToBlocks(html: string): BlockSource {
  const doc = parse(html);
  const blocks = toBlocks(flowOf(doc, { content: false }));
  const title = squeeze(titleOf(doc) ?? '');
  return { blocks, meta: title ? { title } : {}, warnings: [] };
}

/** A fragment of HTML (raw HTML inside Markdown) → blocks. */
export function htmlFragmentBlocks(html: string): Block[] {
  return toBlocks(flowOf(parseFragment(html), { content: false }));
}

/** Content blocks → the parser's blocks: headings by level, one block per list item, the rest as they are. */
export function toBlocks(nodes: readonly ContentBlock[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.t === 'h') {
      const text = squeeze(inlinePlainText(node.c));
      if (text)
        out.push({
          type: 'heading',
          level: node.level,
          text,
          node: { t: 'h', level: node.level, c: [{ t: 'text', v: text }] },
        });
    } else if (node.t === 'list') {
      node.items.forEach((item, i) => {
        const one: ContentBlock = { t: 'list', ordered: node.ordered, items: [item] };
        if (node.ordered) one.start = (node.start ?? 1) + i;
        out.push(blockOf(one, contentBlockText(one)));
      });
    } else {
      const text = contentBlockText(node);
      if (text.trim() !== '') out.push(blockOf(node, text, node.t === 'pre' ? { code: true } : {}));
    }
  }
  return out;
}
