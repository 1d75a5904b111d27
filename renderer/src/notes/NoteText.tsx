import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { ReactNode } from 'react';

/** Markdown as React elements: the tree is walked node by node; no HTML is ever parsed or injected. */
function render(node: Nodes, key: string | number): ReactNode {
  const kids = () => ('children' in node ? node.children.map((child, i) => render(child as Nodes, i)) : null);
  switch (node.type) {
    case 'root':
      return <>{kids()}</>;
    case 'paragraph':
      return <p key={key}>{kids()}</p>;
    case 'heading':
      return (
        <p key={key} className="note-heading">
          {kids()}
        </p>
      );
    case 'emphasis':
      return <em key={key}>{kids()}</em>;
    case 'strong':
      return <strong key={key}>{kids()}</strong>;
    case 'delete':
      return <del key={key}>{kids()}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{kids()}</blockquote>;
    case 'list':
      return node.ordered ? <ol key={key}>{kids()}</ol> : <ul key={key}>{kids()}</ul>;
    case 'listItem':
      return <li key={key}>{kids()}</li>;
    case 'break':
      return <br key={key} />;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'link':
      // Shown with its address as text: a note never opens a page by itself.
      return (
        <span key={key} className="note-link" title={node.url}>
          {kids()}
        </span>
      );
    case 'text':
      return node.value;
    case 'html':
      return node.value;
    default:
      return 'value' in node && typeof node.value === 'string' ? node.value : kids();
  }
}

/** A note's text: plain text as paragraphs, Markdown as a safe element tree. */
export function NoteText({ text, format }: { text: string; format: 'plain' | 'markdown' }) {
  if (format === 'plain') {
    return (
      <div className="note-text">
        {text.split(/\n{2,}/).map((para, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a note's paragraphs have no other identity
          <p key={i}>{para}</p>
        ))}
      </div>
    );
  }
  return <div className="note-text">{render(fromMarkdown(text), 'root')}</div>;
}
