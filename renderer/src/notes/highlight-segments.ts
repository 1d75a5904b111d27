import type { HighlightColour } from '../../../shared/notes-model';
import { normalizeRanges, type Range } from '../text/ranges';

/** A highlight's part inside one piece of text, in that text's offsets. */
export interface LocalHighlight {
  id: string;
  start: number;
  end: number;
  colour: HighlightColour;
  hasNote: boolean;
  /** True when this piece holds the highlight's first character (where the keyboard reaches it). */
  head?: boolean;
}

/** A run of text with the same find mark (its index, or -1) and the same highlight (or none). */
export interface Segment {
  start: number;
  end: number;
  /** Index of the find/search mark covering it, -1 when none. */
  mark: number;
  /** True on the first segment of a find mark (the one that carries its id). */
  markStart: boolean;
  highlight: LocalHighlight | null;
}

/**
 * Cuts text into segments where any find mark or highlight starts or ends, so highlights
 * and find marks can overlap without either losing its place. Where highlights overlap,
 * the one that starts later (the more specific) is shown. Concatenating segments gives the text.
 */
export function highlightSegments(
  length: number,
  marks: readonly Range[],
  highlights: readonly LocalHighlight[],
): Segment[] {
  const finds = normalizeRanges(marks, length);
  const lights = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of finds) cuts.add(s).add(e);
  for (const h of lights) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const mark = finds.findIndex(([s, e]) => s <= start && end <= e);
    const covering = lights.filter((h) => h.start <= start && end <= h.end);
    const highlight = covering.reduce<LocalHighlight | null>(
      (best, h) => (!best || h.start > best.start ? h : best),
      null,
    );
    const markStart = mark >= 0 && finds[mark]?.[0] === start;
    segments.push({ start, end, mark, markStart, highlight });
  }
  return segments;
}
