import { type Range, splitByRanges } from './ranges';

interface MarkedProps {
  text: string;
  ranges: readonly Range[];
  /** Attributes for the n-th <mark> (n counts from 0 within this text). */
  markAttrs?: (n: number) => { id?: string; className?: string };
}

/** Text with the ranges wrapped in <mark>; built from nodes, never from HTML. */
export function Marked({ text, ranges, markAttrs }: MarkedProps) {
  if (ranges.length === 0) return <>{text}</>;
  let n = 0;
  return (
    <>
      {splitByRanges(text, ranges).map((piece) => {
        if (!piece.marked) return <span key={piece.start}>{piece.text}</span>;
        const attrs = markAttrs?.(n++) ?? {};
        return (
          <mark key={piece.start} {...attrs}>
            {piece.text}
          </mark>
        );
      })}
    </>
  );
}
