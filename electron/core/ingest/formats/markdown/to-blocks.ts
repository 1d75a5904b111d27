import type { Nodes, Parents, Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { ContentBlock, ContentInline } from '../../../../../shared/content-tree';
import { contentBlockText, inlinePlainText } from '../../../../../shared/content-tree';
import type { Block, FormatMeta } from '../../blocks';
import { blockOf, squeeze } from '../../blocks';
import { stripLiquid } from '../../clean/liquid';
import { expandMacros } from '../../clean/macros';
import { compactInline, paragraphOf, safeHref, trimInline } from '../../content/nodes';
import { htmlFragmentBlocks } from '../html';
import { literalIndex } from './cap-inline';
import { esmLine } from './strip-jsx';

/** JSX elements whose content a reader never sees. */
const hiddenJsx = new Set(['head', 'script', 'style', 'link', 'meta', 'noscript', 'template', 'iframe']);

/** Deeper than this, a subtree is read as flat text (a bound on recursion for hostile nesting). */
const maxDepth = 48;

/** A subtree's text without recursion: the fallback below `maxDepth`. Blocks end with a line break. */
function flatText(nodes: readonly Nodes[]): string {
  let out = '';
  const stack: Nodes[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out += node.value;
    else if (node.type === 'image' && node.alt) out += node.alt;
    else if (node.type === 'break') out += '\n';
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code') stack.push({ type: 'break' });
    if ('children' in node && !hiddenJsx.has(String((node as { name?: unknown }).name ?? '').toLowerCase()))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out.trim();
}

export interface MdastBlocks {
  blocks: Block[];
  meta: FormatMeta;
  warnings: string[];
}

/**
 * mdast → blocks with content nodes: headings, paragraphs, one block per top-level list item,
 * tables, code (with its language), block quotes. JSX components keep their prose; ESM,
 * expressions, raw HTML the reader never sees, and Docusaurus/DocFX markers are dropped.
 */
export function mdastToBlocks(tree: Root, literals: readonly string[] = []): MdastBlocks {
  const blocks: Block[] = [];
  const meta: FormatMeta = {};
  const warnings: string[] = [];
  const walk = (nodes: readonly RootContent[], depth: number) => {
    if (depth > maxDepth) {
      const text = flatText(nodes);
      if (text) blocks.push({ type: 'para', text, node: { t: 'p', c: [{ t: 'text', v: text }] } });
      return;
    }
    for (const node of nodes) flow(node, depth);
  };
  const flow = (node: RootContent, depth: number) => {
    switch (node.type) {
      case 'yaml':
        readFrontMatter(node.value, meta, warnings);
        return;
      case 'heading': {
        const c = headingInline(inlineOf(node.children, depth));
        const text = squeeze(inlinePlainText(c));
        if (text)
          blocks.push({
            type: 'heading',
            level: node.depth,
            text,
            node: { t: 'h', level: node.depth, c: [{ t: 'text', v: text }] },
          });
        return;
      }
      case 'paragraph': {
        const only = node.children.length === 1 ? node.children[0] : undefined;
        const literal = only?.type === 'text' ? literalIndex(only.value, literals) : undefined;
        if (literal !== undefined) {
          const text = literals[literal] as string;
          blocks.push({ type: 'para', text, node: { t: 'p', c: [{ t: 'text', v: text }] } });
          return;
        }
        const c = cleanParagraph(inlineOf(node.children, depth));
        if (c.length === 0) return;
        pushBlock(blocks, { t: 'p', c });
        return;
      }
      case 'code': {
        const v = node.value.replace(/^\n+/, '').trimEnd();
        if (v.trim() === '') return;
        const lang = node.lang && /^[\w+#.-]{1,40}$/.test(node.lang) ? node.lang : undefined;
        const pre: ContentBlock = lang ? { t: 'pre', lang, v } : { t: 'pre', v };
        blocks.push(blockOf(pre, v, { code: true }));
        return;
      }
      case 'list': {
        const start = node.ordered ? (node.start ?? 1) : undefined;
        node.children.forEach((item, i) => {
          const inner = flowBlocks(item.children, depth + 1);
          const list: ContentBlock = { t: 'list', ordered: node.ordered === true, items: [inner] };
          if (start !== undefined) list.start = start + i;
          pushBlock(blocks, list);
        });
        return;
      }
      case 'blockquote': {
        const inner = flowBlocks(node.children, depth + 1);
        if (inner.length > 0) pushBlock(blocks, { t: 'quote', c: inner });
        return;
      }
      case 'table': {
        const rows = node.children.map((row) => row.children.map((cell) => trimInline(inlineOf(cell.children, depth))));
        if (rows.length > 0) pushBlock(blocks, { t: 'table', head: true, rows });
        return;
      }
      case 'html':
        blocks.push(...htmlFragmentBlocks(node.value));
        return;
      case 'footnoteDefinition':
        walk(node.children, depth + 1);
        return;
      default:
        if (isJsxFlow(node)) {
          if (!hiddenJsx.has((node.name ?? '').toLowerCase())) walk(node.children as RootContent[], depth + 1);
        }
      // thematicBreak, definition, mdxjsEsm, mdxFlowExpression: nothing a reader sees.
    }
  };
  /** A list item's or quote's blocks as content nodes. */
  const flowBlocks = (nodes: readonly RootContent[], depth: number): ContentBlock[] => {
    const start = blocks.length;
    walk(nodes, depth);
    const inner = blocks.splice(start);
    return inner.map((b) => b.node ?? paragraphOf(b.text));
  };
  walk(tree.children, 0);
  return { blocks, meta, warnings };
}

function pushBlock(blocks: Block[], node: ContentBlock): void {
  const text = contentBlockText(node);
  if (text.trim() === '') return;
  blocks.push(blockOf(node, text));
}

type JsxNode = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; children: Nodes[] };

function isJsxFlow(node: Nodes): node is Nodes & JsxNode {
  return node.type === 'mdxJsxFlowElement';
}

function inlineOf(nodes: readonly Nodes[], depth: number): ContentInline[] {
  const out: ContentInline[] = [];
  const visit = (node: Nodes, d: number) => {
    if (d > maxDepth) {
      out.push({ t: 'text', v: flatText([node]) });
      return;
    }
    switch (node.type) {
      case 'text':
        out.push({ t: 'text', v: expandMacros(node.value) });
        return;
      case 'inlineCode':
        out.push({ t: 'code', v: node.value });
        return;
      case 'break':
        out.push({ t: 'br' });
        return;
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const t = node.type === 'emphasis' ? 'em' : node.type === 'strong' ? 'strong' : 'del';
        out.push({ t, c: inlineOf(node.children, d + 1) });
        return;
      }
      case 'link': {
        const href = safeHref(node.url);
        const c = inlineOf(node.children, d + 1);
        out.push(href ? { t: 'link', href, c } : { t: 'link', c });
        return;
      }
      case 'linkReference':
        out.push(...inlineOf(node.children, d + 1));
        return;
      case 'image':
      case 'imageReference':
        if (node.alt) out.push({ t: 'text', v: node.alt });
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) out.push({ t: 'br' });
        return;
      default:
        if (node.type === 'mdxJsxTextElement') {
          const jsx = node as unknown as JsxNode;
          if (!hiddenJsx.has((jsx.name ?? '').toLowerCase())) {
            if ((jsx.name ?? '').toLowerCase() === 'br') out.push({ t: 'br' });
            else for (const child of jsx.children) visit(child, d + 1);
          }
        } else if ('children' in node) {
          for (const child of (node as Parents).children as Nodes[]) visit(child, d + 1);
        }
    }
  };
  for (const node of nodes) visit(node, depth);
  return compactInline(out);
}

/** Heading text without a trailing `{#custom-id}` (Docusaurus). */
function headingInline(c: ContentInline[]): ContentInline[] {
  const last = c[c.length - 1];
  if (last?.t !== 'text') return c;
  const at = last.v.lastIndexOf('{#');
  if (at < 0 || !/^\{#[\w-]+\}\s*$/.test(last.v.slice(at))) return c;
  return [...c.slice(0, -1), { t: 'text', v: last.v.slice(0, at) }];
}

/**
 * A paragraph without dialect markers: Docusaurus `:::note` fences (a title after the type word
 * is kept), DocFX `[!NOTE]` and `[!INCLUDE …]`, MDX ESM lines read as text. Empty → [].
 */
function cleanParagraph(input: ContentInline[]): ContentInline[] {
  let c = input;
  const first = c[0];
  if (first?.t === 'text') {
    let v = first.v;
    if (v.startsWith(':::')) {
      const lineEnd = v.indexOf('\n');
      const line = lineEnd < 0 ? v : v.slice(0, lineEnd);
      const title = line.replace(/^:::+[ \t]*[\w-]*/, '').trim();
      v = (title ? `${title}\n` : '') + (lineEnd < 0 ? '' : v.slice(lineEnd + 1));
    }
    if (/^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/i.test(v)) v = v.replace(/^\[![A-Z]+\][ \t]*\n?/i, '');
    if (/^\[!INCLUDE\b/i.test(v)) return [];
    c = [{ t: 'text', v }, ...c.slice(1)];
  }
  const last = c[c.length - 1];
  if (last?.t === 'text') {
    const lineStart = last.v.lastIndexOf('\n') + 1;
    if (/^:::+[ \t]*$/.test(last.v.slice(lineStart)))
      c = [...c.slice(0, -1), { t: 'text', v: last.v.slice(0, lineStart) }];
  }
  if (c.every((n) => n.t === 'text')) {
    const lines = inlinePlainText(c)
      .split('\n')
      .filter((line) => !esmLine.test(line.trim()));
    if (lines.every((l) => l.trim() === '')) return [];
  }
  return trimInline(compactInline(c));
}

function readFrontMatter(yamlText: string, meta: FormatMeta, warnings: string[]): void {
  try {
    const data: unknown = parseYaml(yamlText);
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const record = data as Record<string, unknown>;
      const title = record.title;
      if (typeof title === 'string' && title.trim()) meta.title = squeeze(expandMacros(stripLiquid(title)));
      const date = record.date ?? record['ms.date'];
      if (typeof date === 'string' || date instanceof Date)
        meta.date = String(date instanceof Date ? date.toISOString() : date);
    }
  } catch {
    warnings.push('front matter is not valid YAML: ignored');
  }
}
