/**
 * micromark resolves emphasis and brackets in time that grows with the square of the delimiters
 * in one paragraph (CommonMark's pathological inputs take minutes). A paragraph holding more than
 * this many is read as literal text: no real paragraph comes near it (the shared corpus peaks at
 * 616), and at this size the worst pattern parses in about 0.3 s.
 */
export const maxDelimitersPerParagraph = 1000;
/** The whole file's share of that quadratic work (the sum of each paragraph's delimiters squared): about 2.5 s at worst. */
const fileDelimiterBudget = 8 * maxDelimitersPerParagraph ** 2;
/** Deeper indentation than this (about 30 nested lists) marks a paragraph run as pathological. */
const maxIndent = 64;
/** Paragraphs this small are always parsed: their quadratic work is negligible. */
const smallParagraph = 32;

/** Characters with inline (or, at a line start, block) meaning. */
const delimiter = new Set(['*', '_', '[', ']', '(', ')', '!', '<', '>', '`', '~', '|', '{', '}', '\\']);

/** Stands for a paragraph set aside as literal text: a private-use character around its index. */
export const literalMark = '\uE000';

export interface Capped {
  /** The Markdown with each set-aside paragraph replaced by a placeholder line (see `literalIndex`). */
  text: string;
  /** The set-aside paragraphs' text, as written. */
  literals: string[];
}

/** The literal a placeholder paragraph stands for, if `text` is one. */
export function literalIndex(text: string, literals: readonly string[]): number | undefined {
  if (text.length < 3 || text[0] !== literalMark || text[text.length - 1] !== literalMark) return undefined;
  const index = Number(text.slice(1, -1));
  return Number.isInteger(index) && index >= 0 && index < literals.length ? index : undefined;
}

/**
 * Sets aside each paragraph (a run of non-blank lines outside fenced code) that holds more than
 * `maxDelimitersPerParagraph` delimiters, or would take the file over its budget: micromark sees a
 * placeholder line, and the converter puts the paragraph back as literal text, every character
 * kept. (Backslash-escaping it instead costs micromark ~8 µs per escape: seconds per megabyte.)
 * One pass over the text.
 */
export function capInlineSyntax(text: string): Capped {
  const lines = text.split('\n');
  const literals: string[] = [];
  let fence = '';
  let runStart = -1;
  let count = 0;
  let spent = 0;
  const closeRun = (end: number) => {
    const cost = Number.isFinite(count) ? count * count : 0;
    const overBudget = count > smallParagraph && spent + cost > fileDelimiterBudget;
    if (runStart >= 0 && (count > maxDelimitersPerParagraph || overBudget)) {
      literals.push(
        lines
          .slice(runStart, end)
          .map((l) => l.trim())
          .join('\n'),
      );
      lines[runStart] = `${literalMark}${literals.length - 1}${literalMark}`;
      for (let i = runStart + 1; i < end; i++) lines[i] = '';
    } else {
      spent += cost;
    }
    runStart = -1;
    count = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const body = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(body)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = '';
      continue;
    }
    if (marker && body.length < 200 && !body.slice(marker.length).includes(marker[0] as string)) {
      closeRun(i);
      fence = marker;
      continue;
    }
    if (body === '') {
      closeRun(i);
      continue;
    }
    if (runStart < 0) runStart = i;
    // Containers nest by indentation: micromark re-checks every open one on every line.
    if (line.length - body.length > maxIndent) count = Number.POSITIVE_INFINITY;
    for (const c of line) if (delimiter.has(c)) count++;
  }
  closeRun(lines.length);
  return { text: literals.length > 0 ? lines.join('\n') : text, literals };
}
