/** Length of the substrings the index keys on: long enough to be selective in Chinese and English. */
export const gramLength = 6;
/**
 * Whole-text scans are cheaper for a few lookups; the index pays off once a re-anchoring
 * looks up this many quotes in one document version (a renumbered law with many notes).
 */
export const indexAfterLookups = 64;

/** Every start of every `gramLength`-character substring of a text, built once and shared by lookups. */
export class GramIndex {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly text: string) {
    for (let i = 0; i + gramLength <= text.length; i++) {
      const gram = text.slice(i, i + gramLength);
      const list = this.starts.get(gram);
      if (list) list.push(i);
      else this.starts.set(gram, [i]);
    }
  }

  /** Every occurrence of `needle` (at least `gramLength` long), in text order. */
  occurrences(needle: string): number[] {
    const candidates = this.starts.get(needle.slice(0, gramLength)) ?? [];
    return candidates.filter((at) => this.text.startsWith(needle, at));
  }
}

/** Occurrences of quotes in one text: plain scans at first, an index once lookups pile up. */
export class QuoteFinder {
  private lookups = 0;
  private index: GramIndex | undefined;

  constructor(private readonly text: string) {}

  occurrences(needle: string): number[] {
    if (needle.length === 0) return [];
    if (needle.length >= gramLength && ++this.lookups > indexAfterLookups) {
      this.index ??= new GramIndex(this.text);
      return this.index.occurrences(needle);
    }
    const found: number[] = [];
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
}
