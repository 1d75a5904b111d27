import type { Range } from '../text/ranges';
import { highlightSegments, type LocalHighlight } from './highlight-segments';

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
 */
export function HighlightedText({ text, ranges, markAttrs, highlights }: HighlightedTextProps) {
  return (
    <>
      {highlightSegments(text.length, ranges, highlights).map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        let inner: React.ReactNode = piece;
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
        return (
          <mark
            key={segment.start}
            className={`hl hl-${h.colour}${h.hasNote ? ' hl-note' : ''}`}
            {...{ [noteIdAttr]: h.id }}
          >
            {inner}
          </mark>
        );
      })}
    </>
  );
}
