import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { escapeHtml } from './escape-html';

/** Link targets kept as links in a handout; anything else (javascript:, data:, files) stays text. */
const safeLink = /^(https?:|mailto:)/i;

function children(node: { children: Nodes[] }): string {
  return node.children.map(toHtml).join('');
}

function toHtml(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return children(node);
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'heading':
      return `<p><strong>${children(node)}</strong></p>`;
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node)}</em>`;
    case 'strong':
      return `<strong>${children(node)}</strong>`;
    case 'delete':
      return `<del>${children(node)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'list':
      return node.ordered ? `<ol>${children(node)}</ol>` : `<ul>${children(node)}</ul>`;
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>';
    case 'link':
      return safeLink.test(node.url)
        ? `<a href="${escapeHtml(node.url)}">${children(node)}</a>`
        : `${children(node)} (${escapeHtml(node.url)})`;
    case 'html':
      // Raw HTML in a note is shown as the text it is, never interpreted.
      return escapeHtml(node.value);
    default:
      return 'children' in node
        ? children(node as { children: Nodes[] })
        : 'value' in node
          ? escapeHtml(String(node.value))
          : '';
  }
}

/**
 * A note written in Markdown as safe HTML: a fixed set of elements built here, every text
 * escaped, raw HTML shown as text, links only to http(s) and mail addresses.
 */
export function markdownToSafeHtml(markdown: string): string {
  return toHtml(fromMarkdown(markdown));
}
