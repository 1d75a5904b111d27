import type { DocumentDetail } from '../../../shared/model';

/**
 * The documents read last, so the full read that follows a first screen (and a hit pressed,
 * then clicked) does not read a long document from the library twice. Any library change
 * empties it: an import can change other documents' status and relations too.
 */
export class DocumentCache {
  private readonly entries = new Map<string, DocumentDetail>();

  constructor(private readonly size = 2) {}

  get(key: string, read: () => DocumentDetail): DocumentDetail {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const doc = read();
    this.entries.set(key, doc);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return doc;
  }

  clear(): void {
    this.entries.clear();
  }
}
