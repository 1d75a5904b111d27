import MiniSearch from 'minisearch';
import { Anchor } from '../bench/anchors';

/** A ranker compared with Folio: query in, passage seqs out (best first). */
export type Ranker = (query: string) => number[];

/** FTS5 out of the box: unicode61, default bm25, over passage title + text; words quoted, all required. */
export function fts5Default(passages: readonly { seq: number; text: string }[]): { rank: Ranker; close(): void } {
  const anchor = new Anchor('raw', passages);
  return {
    rank: (q) => (anchor.search(q) as { rowid: number }[]).map((r) => r.rowid),
    close: () => anchor.close(),
  };
}

/** MiniSearch with default options over passage title + text. */
export function miniSearchDefault(passages: readonly { seq: number; text: string }[]): { rank: Ranker } {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(passages.map((p) => ({ id: p.seq, text: p.text })));
  return {
    rank: (q) =>
      ms
        .search(q)
        .slice(0, 20)
        .map((r) => r.id as number),
  };
}
