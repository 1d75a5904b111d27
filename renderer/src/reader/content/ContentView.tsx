import './content.css';
import { Fragment, type ReactNode } from 'react';
import type { ContentBlock, ContentInline } from '../../../../shared/content-tree';
import { listMarker } from '../../../../shared/content-tree';
import { HighlightedText } from '../../notes/HighlightedText';
import type { LocalHighlight } from '../../notes/highlight-segments';
import { clipHighlights } from '../../notes/passage-highlights';
import { textStartAttr } from '../../notes/selection-anchor';
import { normalizeRanges, type Range } from '../../text/ranges';
import { LinkText } from './LinkText';
import { lineAt, nonEmptyLines, type TextLine } from './lines';

/** Marks of one line of the passage text: ranges in line offsets and the attributes of the n-th mark. */
export interface LineMarks {
  ranges: readonly Range[];
  attrs: (n: number) => { id?: string; className?: string };
}

interface ContentViewProps {
  content: readonly ContentBlock[];
  /** The passage text; the tree's plain text equals it, and marks are given in its offsets. */
  text: string;
  /** Marks of the n-th non-empty line of the text (the reader's paragraph numbering for find). */
  lineMarks: (line: number) => LineMarks | undefined;
  /** Opens a link outside the app (the Electron shell); without it links offer only a copy of the URL. */
  onOpenExternal?: ((url: string) => void) | undefined;
  /** The user's highlights, in the passage text's offsets. */
  highlights?: readonly LocalHighlight[];
}

/** Walks the tree in plain-text order, keeping the offset each piece of text starts at. */
interface Cursor {
  pos: number;
  lines: TextLine[];
  lineMarks: (line: number) => LineMarks | undefined;
  onOpenExternal?: ((url: string) => void) | undefined;
  /** The highlights by start; `next` is the first not yet reached, `open` those reached and not yet ended. */
  highlights: readonly LocalHighlight[];
  next: number;
  open: LocalHighlight[];
  key: number;
}

/**
 * A passage's content tree as React elements (never HTML): paragraphs, headings, lists, tables,
 * code, quotes and inline styling. Every character shown is a character of the passage text at
 * the same offset, so find marks and highlights land where the plain text has them. Each run of
 * text carries the offset it starts at (`data-text-start`), which is how a selection inside a
 * table cell or a list item becomes plain-text offsets (selection-anchor.ts).
 */
export function ContentView({ content, text, lineMarks, onOpenExternal, highlights = [] }: ContentViewProps) {
  const cursor: Cursor = {
    pos: 0,
    lines: nonEmptyLines(text),
    lineMarks,
    onOpenExternal,
    highlights: [...highlights].sort((a, b) => a.start - b.start),
    next: 0,
    open: [],
    key: 0,
  };
  return <div className="content">{blocks(content, cursor)}</div>;
}

function blocks(list: readonly ContentBlock[], c: Cursor): ReactNode[] {
  return list.map((block, i) => {
    if (i > 0) c.pos += 2;
    return block_(block, c);
  });
}

function block_(block: ContentBlock, c: Cursor): ReactNode {
  const key = c.key++;
  switch (block.t) {
    case 'p':
      return <p key={key}>{inline(block.c, c)}</p>;
    case 'h': {
      // Below the passage heading (h3): a Markdown "##" inside an answer is shown as h4 and deeper.
      const Heading = `h${Math.min(block.level + 3, 6)}` as 'h4' | 'h5' | 'h6';
      return (
        <Heading key={key} className="content-heading">
          {inline(block.c, c)}
        </Heading>
      );
    }
    case 'pre':
      return (
        // A long line scrolls sideways, so the block must be reachable by keyboard to scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <pre key={key} className="content-code" data-lang={block.lang} tabIndex={0}>
          <code {...at(c)}>{leaf(block.v, c)}</code>
        </pre>
      );
    case 'quote':
      return <blockquote key={key}>{blocks(block.c, c)}</blockquote>;
    case 'list': {
      const items = block.items.map((item, i) => {
        if (i > 0) c.pos += 2;
        return (
          <li key={c.key++}>
            <span className="content-marker" {...at(c)}>
              {leaf(listMarker(block, i), c)}
            </span>
            {blocks(item, c)}
          </li>
        );
      });
      return block.ordered ? (
        <ol key={key} className="content-list">
          {items}
        </ol>
      ) : (
        <ul key={key} className="content-list">
          {items}
        </ul>
      );
    }
    case 'table': {
      const rows = block.rows.map((row, r) => {
        if (r > 0) c.pos += 1;
        const header = block.head && r === 0;
        return (
          <tr key={c.key++}>
            {row.map((cell, i) => {
              if (i > 0) c.pos += 1;
              return header ? <th key={c.key++}>{inline(cell, c)}</th> : <td key={c.key++}>{inline(cell, c)}</td>;
            })}
          </tr>
        );
      });
      return (
        <div key={key} className="content-table">
          <table>
            <tbody>{rows}</tbody>
          </table>
        </div>
      );
    }
  }
}

function inline(nodes: readonly ContentInline[], c: Cursor): ReactNode[] {
  return nodes.map((node) => inlineNode(node, c));
}

function inlineNode(node: ContentInline, c: Cursor): ReactNode {
  const key = c.key++;
  switch (node.t) {
    case 'text':
      return (
        <span key={key} {...at(c)}>
          {leaf(node.v, c)}
        </span>
      );
    case 'code':
      return (
        <code key={key} {...at(c)}>
          {leaf(node.v, c)}
        </code>
      );
    case 'br':
      c.pos += 1;
      return <br key={key} />;
    case 'em':
      return <em key={key}>{inline(node.c, c)}</em>;
    case 'strong':
      return <strong key={key}>{inline(node.c, c)}</strong>;
    case 'del':
      return <del key={key}>{inline(node.c, c)}</del>;
    case 'link':
      return (
        <LinkText key={key} href={node.href} onOpenExternal={c.onOpenExternal}>
          {inline(node.c, c)}
        </LinkText>
      );
  }
}

/** The attribute that tells a run's element where its text starts (read before `leaf` moves the cursor). */
function at(c: Cursor): Record<string, number> {
  return { [textStartAttr]: c.pos };
}

/** A run of text at the cursor, with the find marks and highlights that fall inside it. */
function leaf(value: string, c: Cursor): ReactNode {
  const start = c.pos;
  c.pos += value.length;
  const out: ReactNode[] = [];
  let at = 0;
  while (at < value.length) {
    const nl = value.indexOf('\n', at);
    const end = nl < 0 ? value.length : nl;
    if (end > at) out.push(...marked(value.slice(at, end), start + at, c));
    if (nl < 0) break;
    out.push('\n');
    at = nl + 1;
  }
  return out.length === 1 ? out[0] : out;
}

/**
 * The highlights over [from, to) in that piece's offsets. Pieces come in text order, so a sweep
 * keeps only the highlights open at the cursor instead of testing every highlight for every piece.
 */
function highlightsIn(c: Cursor, from: number, to: number): LocalHighlight[] {
  while (c.next < c.highlights.length && (c.highlights[c.next] as LocalHighlight).start < to)
    c.open.push(c.highlights[c.next++] as LocalHighlight);
  if (c.open.length === 0) return [];
  if (c.open.some((h) => h.end <= from)) c.open = c.open.filter((h) => h.end > from);
  return clipHighlights(c.open, from, to);
}

/** One piece of a single line, split at the find marks of that line and at the highlights. */
function marked(piece: string, from: number, c: Cursor): ReactNode[] {
  const index = lineAt(c.lines, from);
  const line = c.lines[index];
  const marks = index >= 0 ? c.lineMarks(index) : undefined;
  const lights = highlightsIn(c, from, from + piece.length);
  const local: [number, number][] = [];
  const attrs: { id?: string; className?: string }[] = [];
  if (line && marks && marks.ranges.length > 0) {
    const offset = from - line.start;
    normalizeRanges(marks.ranges, line.end - line.start).forEach(([s, e], n) => {
      const a = Math.max(s - offset, 0);
      const b = Math.min(e - offset, piece.length);
      if (b <= a) return;
      // A mark split over styled runs keeps its id on the piece where it starts.
      const { id, className } = marks.attrs(n);
      local.push([a, b]);
      attrs.push(s - offset >= 0 && id !== undefined ? { id, className } : { className });
    });
  }
  if (lights.length > 0)
    return [
      <Fragment key={from}>
        <HighlightedText text={piece} ranges={local} markAttrs={(n) => attrs[n] ?? {}} highlights={lights} />
      </Fragment>,
    ];
  if (local.length === 0) return [piece];
  const out: ReactNode[] = [];
  let pos = 0;
  local.forEach(([a, b], n) => {
    if (a > pos) out.push(piece.slice(pos, a));
    out.push(
      <mark key={from + a} id={attrs[n]?.id} className={attrs[n]?.className}>
        {piece.slice(a, b)}
      </mark>,
    );
    pos = b;
  });
  if (pos < piece.length) out.push(piece.slice(pos));
  return out;
}
