import type { ReactNode } from 'react';
import type { CrossRef } from '../../../shared/model';
import { HighlightedText } from '../notes/HighlightedText';
import type { LocalHighlight } from '../notes/highlight-segments';
import { clipHighlights } from '../notes/passage-highlights';
import { Marked } from '../text/Marked';
import type { Range } from '../text/ranges';
import { documentAddress, passageAddress } from './links';

interface LinkedTextProps {
  text: string;
  /** Where `text` starts in the passage text the refs' ranges point into. */
  offset: number;
  refs: readonly CrossRef[];
  ranges: readonly Range[];
  markAttrs?: (n: number) => { id?: string; className?: string };
  onFollow: (ref: CrossRef) => void;
  /** The user's highlights in this text's offsets. */
  highlights?: readonly LocalHighlight[];
}

/** Clips ranges to [start, end) and shifts them to the piece, keeping each one's original index. */
function clip(ranges: readonly Range[], start: number, end: number): { ranges: Range[]; index: number[] } {
  const out: Range[] = [];
  const index: number[] = [];
  ranges.forEach(([s, e], i) => {
    if (e <= start || s >= end) return;
    out.push([Math.max(s, start) - start, Math.min(e, end) - start]);
    index.push(i);
  });
  return { ranges: out, index };
}

/**
 * A paragraph with its cross-references as links (React elements over plain-text ranges,
 * never HTML) and its find or search marks inside and between them.
 */
export function LinkedText({ text, offset, refs, ranges, markAttrs, onFollow, highlights = [] }: LinkedTextProps) {
  const local = refs
    .map((r) => ({ ref: r, start: r.start - offset, end: r.end - offset }))
    .filter((r) => r.start >= 0 && r.end <= text.length && r.end > r.start);
  const marked = (piece: string, pieceRanges: readonly Range[], attrs: LinkedTextProps['markAttrs'], from: number) => {
    const lights = highlights.length > 0 ? clipHighlights(highlights, from, from + piece.length) : [];
    return lights.length > 0 ? (
      <HighlightedText text={piece} ranges={pieceRanges} markAttrs={attrs} highlights={lights} />
    ) : (
      <Marked text={piece} ranges={pieceRanges} markAttrs={attrs} />
    );
  };
  if (local.length === 0) return marked(text, ranges, markAttrs, 0);
  const piece = (start: number, end: number) => {
    const clipped = clip(ranges, start, end);
    if (highlights.length > 0) {
      const attrs = markAttrs ? (n: number) => markAttrs(clipped.index[n] ?? n) : undefined;
      return marked(text.slice(start, end), clipped.ranges, attrs, start);
    }
    return (
      <Marked
        text={text.slice(start, end)}
        ranges={clipped.ranges}
        markAttrs={markAttrs ? (n) => markAttrs(clipped.index[n] ?? n) : undefined}
      />
    );
  };
  const out: ReactNode[] = [];
  let at = 0;
  for (const { ref, start, end } of local) {
    if (start < at) continue;
    if (start > at) out.push(<span key={`t${at}`}>{piece(at, start)}</span>);
    const href = ref.passageId ? passageAddress(ref.docId, ref.passageId) : documentAddress(ref.docId);
    out.push(
      <a
        key={`r${start}`}
        className="xref"
        href={href}
        onClick={(e) => {
          e.preventDefault();
          onFollow(ref);
        }}
      >
        {piece(start, end)}
      </a>,
    );
    at = end;
  }
  if (at < text.length) out.push(<span key={`t${at}`}>{piece(at, text.length)}</span>);
  return <>{out}</>;
}
