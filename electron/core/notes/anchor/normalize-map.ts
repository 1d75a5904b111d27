import { foldWidth } from '../../text/normalize';

/**
 * Text with formatting differences folded away, and a map back to the original:
 * full-width punctuation as ASCII (`：` → `:`), every run of white space (blank lines
 * included) as one space. `toOriginal[i]` is the original offset of folded offset i.
 */
export interface FoldedText {
  text: string;
  toOriginal: Int32Array;
}

const space = /\s/;

export function foldFormatting(original: string): FoldedText {
  const widthFolded = foldWidth(original);
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < widthFolded.length; i++) {
    const c = widthFolded[i]!;
    if (space.test(c)) {
      if (inSpace) continue;
      inSpace = true;
      out.push(' ');
    } else {
      inSpace = false;
      out.push(c);
    }
    map[n++] = i;
  }
  map[n] = original.length;
  return { text: out.join(''), toOriginal: map.subarray(0, n + 1) };
}

/** Folds a short string (a quote, a prefix) the same way, without a map. */
export function foldString(s: string): string {
  return foldWidth(s).replace(/\s+/g, ' ');
}

/** The folded offset of original offset `at` (the first folded position at or after it). */
export function toFolded(folded: FoldedText, at: number): number {
  const map = folded.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
