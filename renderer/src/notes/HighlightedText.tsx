import type { ReactNode } from 'react';
import type { Range } from '../text/ranges';
import { useHighlightLabel } from './highlight-label';
import { highlightSegments, type LocalHighlight } from './highlight-segments';
import { useNoteHead } from './note-heads';

/** Marks a highlight's element with its note's id (a click on it opens the note). */
export const noteIdAttr = 'data-note-id';

interface HighlightedTextProps {
  text: string;
  /** Find or search marks (the reader's), in this text's offsets. */
  ranges: readonly Range[];
  markAttrs?: (n: number) => { id?: string; className?: string };
  highlights: readonly LocalHighlight[];
}

/**
 * Text with the user's highlights under the find/search marks: React elements over plain-text
 * segments, never HTML. A find mark cut by a highlight keeps its id on its first part only.
 * The part holding a highlight's first character is focusable (Tab reaches it; Enter opens its
 * note, Delete removes it: NotesLayer's keys) and named by its colour and its note's first words.
 */
export function HighlightedText({ text, ranges, markAttrs, highlights }: HighlightedTextProps) {
  return (
    <>
      {highlightSegments(text.length, ranges, highlights).map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        let inner: ReactNode = piece;
        if (segment.mark >= 0) {
          const attrs = markAttrs?.(segment.mark) ?? {};
          inner = (
            <mark className={attrs.className} id={segment.markStart ? attrs.id : undefined}>
              {piece}
            </mark>
          );
        }
        const h = segment.highlight;
        if (!h) return <span key={segment.start}>{inner}</span>;
        const className = `hl hl-${h.colour}${h.hasNote ? ' hl-note' : ''}`;
        if (h.head && segment.start === h.start)
          return (
            <HighlightHead key={segment.start} highlight={h} className={className} text={piece}>
              {inner}
            </HighlightHead>
          );
        return (
          <mark key={segment.start} className={className} {...{ [noteIdAttr]: h.id }}>
            {inner}
          </mark>
        );
      })}
    </>
  );
}

/** The focusable start of a highlight (class `hl-head`): "Yellow highlight, note “Check the quota…”: <its text>". */
function HighlightHead({
  highlight,
  className,
  text,
  children,
}: {
  highlight: LocalHighlight;
  className: string;
  /** The text this part shows: the name ends with it, so the name holds what is seen (WCAG 2.5.3). */
  text: string;
  children: ReactNode;
}) {
  const labelOf = useHighlightLabel();
  const note = useNoteHead(highlight.id);
  const label = labelOf(highlight.colour, { note, hasNote: highlight.hasNote, text });
  return (
    <mark className={className} {...{ [noteIdAttr]: highlight.id }}>
      {/* A native <button> would stop the text it marks from being selected with the rest of the passage. */}
      {/* biome-ignore lint/a11y/useSemanticElements: see above */}
      <span className="hl-head" role="button" tabIndex={0} aria-label={label} aria-keyshortcuts="Enter Delete P">
        {children}
      </span>
    </mark>
  );
}
