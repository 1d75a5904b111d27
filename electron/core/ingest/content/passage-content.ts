import type { ContentBlock } from '../../../../shared/content-tree';
import { contentPlainText } from '../../../../shared/content-tree';
import { isPlainBlock, paragraphOf } from './nodes';

/** One piece of a passage's text, with the content node it came from (when it has a shape). */
export interface Part {
  text: string;
  node?: ContentBlock | undefined;
}

export function partOf(block: { text: string; node?: ContentBlock | undefined }): Part {
  return block.node ? { text: block.text, node: block.node } : { text: block.text };
}

/** Consecutive items of one list (split into blocks per item by the format readers) joined again. */
function mergeLists(nodes: readonly ContentBlock[]): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (
      node.t === 'list' &&
      last?.t === 'list' &&
      last.ordered === node.ordered &&
      (!node.ordered || (last.start ?? 1) + last.items.length === (node.start ?? 1))
    ) {
      out[out.length - 1] = { ...last, items: [...last.items, ...node.items] };
    } else {
      out.push(node);
    }
  }
  return out;
}

/**
 * The content tree of a passage whose text is `text` (its parts joined by blank lines, trimmed).
 * Undefined when the passage is plain paragraphs (the reader shows the text as it is) or when the
 * parts' shape does not map exactly onto the text (then plain paragraphs are the honest view).
 */
export function passageContent(parts: readonly Part[], text: string): ContentBlock[] | undefined {
  if (parts.every((p) => !p.node || isPlainBlock(p.node))) return undefined;
  const tree = mergeLists(parts.filter((p) => p.text !== '').map((p) => p.node ?? paragraphOf(p.text)));
  return contentPlainText(tree) === text ? tree : undefined;
}
