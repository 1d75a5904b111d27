/**
 * The one text normaliser, used for documents at import and for queries.
 * normalizeText: NFC, LF line endings, no BOM / zero-width / control characters,
 * no-break spaces as plain spaces, trailing spaces trimmed per line.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFEFF\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .split('\n')
    .map(trimSpacesEnd)
    .join('\n');
}

/** Drops trailing spaces and tabs of one line by scanning back from its end (a `[ \t]+$` regex is quadratic on long space runs). */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

const foldable = /[\uff01-\uff5e\u3000]/;
const foldableAll = /[\uff01-\uff5e\u3000]/g;

/**
 * Folds full-width ASCII (Ａ１！) to ASCII and the ideographic space to a space.
 * Length-preserving per UTF-16 unit, so offsets into the folded text are offsets
 * into the original: search highlights rely on that.
 */
export function foldWidth(input: string): string {
  // Most texts have nothing to fold: return them without copying (import calls this per passage).
  if (!foldable.test(input)) return input;
  return input.replace(foldableAll, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
