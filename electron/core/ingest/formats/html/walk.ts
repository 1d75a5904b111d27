import type { DefaultTreeAdapterTypes } from 'parse5';
import type { ContentBlock, ContentInline } from '../../../../../shared/content-tree';
import { compactInline, safeHref, trimInline } from '../../content/nodes';
import { collapseWhitespace } from './whitespace';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content is never document text. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'nav',
  'aside',
  'menu',
  'dialog',
  'head',
  'title',
  'link',
  'meta',
]);
/** Page chrome, dropped unless inside <article>/<main>. */
const chrome = new Set(['header', 'footer']);
const chromeClass =
  /(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|cookies?|sidebar|banner|site-header|site-footer|related|advert|ads)(?:$|[\s_-])/i;
const inlineWrappers: Record<string, 'em' | 'strong' | 'del'> = {
  em: 'em',
  i: 'em',
  cite: 'em',
  strong: 'strong',
  b: 'strong',
  del: 'del',
  s: 'del',
  strike: 'del',
};
const inlineCode = new Set(['code', 'kbd', 'samp', 'tt']);
/** Elements that are laid out as blocks (everything else flows inline). */
const blockElements = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'center',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'caption',
  'header',
  'footer',
  'hgroup',
  'fieldset',
  'legend',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'table',
  'hr',
]);
/** Deeper than this, a subtree is read as flat text (a bound on recursion for hostile nesting). */
const maxDepth = 64;

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

interface Context {
  /** Inside <article>/<main>: header/footer and chrome classes are content there. */
  content: boolean;
}

function isDropped(el: Element, ctx: Context): boolean {
  const name = el.tagName;
  if (dropped.has(name)) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  if (ctx.content) return false;
  if (chrome.has(name)) return true;
  const cls = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'role') ?? ''}`;
  return name !== 'body' && name !== 'html' && chromeClass.test(cls);
}

/** A subtree's text without recursion, skipping what a reader never sees: the fallback below `maxDepth`. */
function flatText(root: Node): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(node) && !dropped.has(node.tagName)) {
      if (node.tagName === 'br') out += '\n';
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
    }
  }
  return out;
}

/** The text of a subtree as written (for <pre>): line breaks and spaces kept, <br> a line break. */
function rawText(node: Node, depth: number): string {
  if (depth > maxDepth) return flatText(node);
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\n';
  if (dropped.has(node.tagName)) return '';
  return node.childNodes.map((c) => rawText(c, depth + 1)).join('');
}

function codeLanguage(pre: Element): string | undefined {
  const code = pre.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'code');
  const cls = `${attr(pre, 'class') ?? ''} ${code ? (attr(code, 'class') ?? '') : ''}`;
  const m = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,40})/.exec(cls);
  return m?.[1];
}

/**
 * An element's children as content blocks: block elements become blocks, runs of inline content
 * between them become paragraphs (with browser white-space rules).
 */
export function flowOf(parent: Node, ctx: Context, depth = 0): ContentBlock[] {
  const out: ContentBlock[] = [];
  let inline: ContentInline[] = [];
  const flush = () => {
    const c = trimInline(compactInline(collapseWhitespace(inline)));
    inline = [];
    if (c.length > 0) out.push({ t: 'p', c });
  };
  const children = 'childNodes' in parent ? parent.childNodes : [];
  for (const child of children) {
    if (!isElement(child) || !blockElements.has(child.tagName)) {
      inline.push(...inlineOf(child, ctx, depth + 1));
      continue;
    }
    if (isDropped(child, ctx)) continue;
    flush();
    out.push(...blockOf(child, ctx, depth + 1));
  }
  flush();
  return out;
}

function blockOf(el: Element, outer: Context, depth: number): ContentBlock[] {
  if (depth > maxDepth) {
    const c = trimInline(compactInline(collapseWhitespace([{ t: 'text', v: flatText(el) }])));
    return c.length > 0 ? [{ t: 'p', c }] : [];
  }
  const name = el.tagName;
  const ctx: Context = { content: outer.content || name === 'article' || name === 'main' };
  if (/^h[1-6]$/.test(name)) {
    const c = trimInline(compactInline(collapseWhitespace(inlineChildren(el, ctx, depth))));
    return c.length > 0 ? [{ t: 'h', level: Number(name[1]), c }] : [];
  }
  if (name === 'pre') {
    const v = rawText(el, depth).replace(/^\n+/, '').trimEnd();
    if (v.trim() === '') return [];
    const lang = codeLanguage(el);
    return [lang ? { t: 'pre', lang, v } : { t: 'pre', v }];
  }
  if (name === 'ul' || name === 'ol') {
    const items: ContentBlock[][] = [];
    for (const child of el.childNodes) {
      if (isElement(child) && !isDropped(child, ctx)) items.push(flowOf(child, ctx, depth + 1));
      else if (child.nodeName === '#text' && (child as DefaultTreeAdapterTypes.TextNode).value.trim() !== '')
        items.push(flowOf({ nodeName: '#document-fragment', childNodes: [child] } as Node, ctx, depth + 1));
    }
    if (items.length === 0) return [];
    const list: ContentBlock = { t: 'list', ordered: name === 'ol', items };
    if (name === 'ol') list.start = Number.parseInt(attr(el, 'start') ?? '1', 10) || 1;
    return [list];
  }
  if (name === 'li') return [{ t: 'list', ordered: false, items: [flowOf(el, ctx, depth + 1)] }];
  if (name === 'blockquote') {
    const c = flowOf(el, ctx, depth + 1);
    return c.length > 0 ? [{ t: 'quote', c }] : [];
  }
  if (name === 'table') return tableOf(el, ctx, depth);
  if (name === 'hr') return [];
  return flowOf(el, ctx, depth + 1);
}

function tableOf(table: Element, ctx: Context, depth: number): ContentBlock[] {
  const rows: Element[] = [];
  const collect = (el: Element, d: number) => {
    if (d > maxDepth) return;
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot')
        collect(child, d + 1);
    }
  };
  collect(table, depth);
  const cellsOf = (tr: Element) =>
    tr.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
  const out: ContentBlock[] = [];
  const caption = table.childNodes.find((c): c is Element => isElement(c) && c.tagName === 'caption');
  if (caption) out.push(...flowOf(caption, ctx, depth + 1));
  const grid = rows
    .map((tr) => cellsOf(tr).map((cell) => cellInline(cell, ctx, depth + 1)))
    .filter((r) => r.length > 0);
  if (grid.length === 0) return out;
  const first = rows[0];
  const head = first !== undefined && cellsOf(first).every((c) => c.tagName === 'th');
  out.push({ t: 'table', head, rows: grid });
  return out;
}

/** A cell's content on one line per block (tables hold inline runs only). */
function cellInline(cell: Element, ctx: Context, depth: number): ContentInline[] {
  const blocks = flowOf(cell, ctx, depth);
  const out: ContentInline[] = [];
  for (const block of blocks) {
    if (out.length > 0) out.push({ t: 'br' });
    if (block.t === 'p' || block.t === 'h') out.push(...block.c);
    else if (block.t === 'pre') out.push({ t: 'code', v: block.v.replace(/\s+/g, ' ') });
  }
  return out;
}

function inlineChildren(el: Element, ctx: Context, depth: number): ContentInline[] {
  return el.childNodes.flatMap((c) => inlineOf(c, ctx, depth + 1));
}

function inlineOf(node: Node, ctx: Context, depth: number): ContentInline[] {
  if (depth > maxDepth) return [{ t: 'text', v: flatText(node) }];
  if (node.nodeName === '#text') return [{ t: 'text', v: (node as DefaultTreeAdapterTypes.TextNode).value }];
  if (!isElement(node) || isDropped(node, ctx)) return [];
  const name = node.tagName;
  if (name === 'br') return [{ t: 'br' }];
  if (name === 'img') {
    const alt = attr(node, 'alt');
    return alt ? [{ t: 'text', v: alt }] : [];
  }
  if (inlineCode.has(name)) return [{ t: 'code', v: rawText(node, depth) }];
  const wrapper = inlineWrappers[name];
  if (wrapper) return [{ t: wrapper, c: inlineChildren(node, ctx, depth) }];
  if (name === 'a') {
    const href = safeHref(attr(node, 'href'));
    const c = inlineChildren(node, ctx, depth);
    return [href ? { t: 'link', href, c } : { t: 'link', c }];
  }
  // A block element inside inline content (<p> in <a>, <div> in <span>): its text on its own line.
  if (blockElements.has(name)) return [{ t: 'br' }, ...inlineChildren(node, ctx, depth), { t: 'br' }];
  return inlineChildren(node, ctx, depth);
}

/** The document's <title> text. */
export function titleOf(doc: Node): string | undefined {
  let found: string | undefined;
  const visit = (node: Node, depth: number) => {
    if (found !== undefined || depth > 4 || !('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (isElement(child) && child.tagName === 'title') {
        found = rawText(child, 0);
        return;
      }
      visit(child, depth + 1);
    }
  };
  visit(doc, 0);
  return found;
}
