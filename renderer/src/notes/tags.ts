/** Tags as typed: comma- or 、-separated, trimmed, duplicates dropped, in the order typed. */
export function parseTags(typed: string): string[] {
  const seen = new Set<string>();
  for (const part of typed.split(/[,，、]/)) {
    const tag = part.trim();
    if (tag !== '') seen.add(tag);
  }
  return [...seen];
}
