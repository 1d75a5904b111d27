/** A non-empty line of a passage's text: the reader's paragraph unit for find marks. */
export interface TextLine {
  start: number;
  end: number;
}

/** The non-empty lines of a text, numbered as the reader numbers its paragraphs (blank lines skipped). */
export function nonEmptyLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim() !== '') lines.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** The index of the line holding offset `at` (binary search), or -1 when it falls on a line break or blank line. */
export function lineAt(lines: readonly TextLine[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid] as TextLine;
    if (at < line.start) hi = mid - 1;
    else if (at >= line.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
