import type { ContentBlock, ContentInline } from '../../../../shared/content-tree';
import { contentBlockText, listMarker } from '../../../../shared/content-tree';

/** The URL a link keeps: http(s) only; anything else (javascript:, file:, relative) is neutralised to text. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) && trimmed.length <= 2048 ? trimmed : undefined;
}

/** Adjacent text runs merged, empty runs and empty wrappers dropped: the stored tree stays small. */
export function compactInline(nodes: readonly ContentInline[]): ContentInline[] {
  const out: ContentInline[] = [];
  for (const node of nodes) {
    if (node.t === 'text') {
      if (node.v === '') continue;
      const last = out[out.length - 1];
      if (last?.t === 'text') out[out.length - 1] = { t: 'text', v: last.v + node.v };
      else out.push(node);
    } else if (node.t === 'em' || node.t === 'strong' || node.t === 'del' || node.t === 'link') {
      const c = compactInline(node.c);
      if (c.length === 0) continue;
      out.push({ ...node, c });
    } else if (node.t === 'code') {
      if (node.v !== '') out.push(node);
    } else {
      out.push(node);
    }
  }
  return out;
}

/** Drops leading and trailing whitespace of an inline run (as a browser does at a block's edges). */
export function trimInline(nodes: readonly ContentInline[]): ContentInline[] {
  return trimEdge(trimEdge(nodes, 'start'), 'end');
}

function trimEdge(nodes: readonly ContentInline[], edge: 'start' | 'end'): ContentInline[] {
  const out = [...nodes];
  const at = () => (edge === 'start' ? 0 : out.length - 1);
  while (out.length > 0) {
    const i = at();
    const node = out[i] as ContentInline;
    if (node.t === 'br') {
      out.splice(i, 1);
    } else if (node.t === 'text') {
      const v = edge === 'start' ? node.v.trimStart() : node.v.trimEnd();
      if (v === '') out.splice(i, 1);
      else {
        out[i] = { t: 'text', v };
        break;
      }
    } else if (node.t === 'code') {
      break;
    } else {
      const c = trimEdge(node.c, edge);
      if (c.length === 0) out.splice(i, 1);
      else {
        out[i] = { ...node, c };
        break;
      }
    }
  }
  return out;
}

/**
 * The block without its first `count` characters of plain text ("第一条 为了…" → "为了…"); undefined
 * when the block is not a paragraph or heading (the passage then falls back to plain paragraphs).
 */
export function dropPrefix(block: ContentBlock, count: number): ContentBlock | undefined {
  if (count === 0) return block;
  if (block.t === 'list') {
    // "1. First recital." read as recital 1: the item's paragraph without its marker.
    const marker = listMarker(block, 0);
    const only = block.items[0]?.[0];
    if (block.items.length !== 1 || block.items[0]?.length !== 1 || !only || count < marker.length) return undefined;
    return dropPrefix(only, count - marker.length);
  }
  if (block.t !== 'p') return undefined;
  let left = count;
  const drop = (nodes: readonly ContentInline[]): ContentInline[] => {
    const out: ContentInline[] = [];
    for (const node of nodes) {
      if (left === 0) {
        out.push(node);
        continue;
      }
      if (node.t === 'text' || node.t === 'code') {
        if (node.v.length <= left) left -= node.v.length;
        else {
          out.push({ ...node, v: node.v.slice(left) });
          left = 0;
        }
      } else if (node.t === 'br') {
        left -= 1;
      } else {
        const c = drop(node.c);
        if (c.length > 0) out.push({ ...node, c });
      }
    }
    return out;
  };
  return { t: 'p', c: drop(block.c) };
}

/** A paragraph or heading made of one text run and nothing else: nothing the plain text does not say. */
export function isPlainBlock(block: ContentBlock): boolean {
  return block.t === 'p' && block.c.every((n) => n.t === 'text');
}

/** A paragraph that is only one strong run: "**Subject-matter and objectives**". */
export function strongOnlyText(block: ContentBlock | undefined): string | undefined {
  if (block?.t !== 'p' || block.c.length !== 1) return undefined;
  const only = block.c[0] as ContentInline;
  return only.t === 'strong' ? contentBlockText(block) : undefined;
}

export function paragraphOf(text: string): ContentBlock {
  return { t: 'p', c: [{ t: 'text', v: text }] };
}
