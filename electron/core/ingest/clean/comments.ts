/** Removes HTML/Markdown comments `<!-- … -->` (an unclosed one runs to the end). Linear time. */
export function stripComments(text: string): string {
  let start = text.indexOf('<!--');
  if (start < 0) return text;
  let out = '';
  let from = 0;
  while (start >= 0) {
    out += text.slice(from, start);
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return out;
    from = end + 3;
    start = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}
