import Database from 'better-sqlite3';

/**
 * The two yardsticks, on bare better-sqlite3: a plain unicode61 FTS5 table of the passage
 * text ('raw'), and the same fed text pre-split into words by Intl.Segmenter ('segmented').
 * Queries: MATCH + bm25 + snippet, LIMIT 20.
 */
export type AnchorKind = 'raw' | 'segmented';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-like segments of a text, space-joined. */
export function segmentText(text: string): string {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out.join(' ');
}

/** A query as the anchor understands it: its words quoted (so nothing is an operator), all required. */
function anchorQuery(kind: AnchorKind, query: string): string {
  const text = kind === 'segmented' ? segmentText(query) : query;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

export class Anchor {
  readonly importMs: number;
  private readonly db: Database.Database;
  private readonly stmt: Database.Statement<[string]>;

  constructor(
    readonly kind: AnchorKind,
    passages: readonly { seq: number; text: string }[],
  ) {
    this.db = new Database(':memory:');
    this.db.exec('CREATE VIRTUAL TABLE anchor USING fts5(body)');
    const started = performance.now();
    const insert = this.db.prepare('INSERT INTO anchor(rowid, body) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const p of passages) insert.run(p.seq, kind === 'segmented' ? segmentText(p.text) : p.text);
    })();
    this.importMs = performance.now() - started;
    this.stmt = this.db.prepare(
      `SELECT rowid, bm25(anchor) AS score, snippet(anchor, 0, '[', ']', '…', 24) AS snippet
       FROM anchor WHERE anchor MATCH ? ORDER BY score LIMIT 20`,
    );
  }

  search(query: string): unknown[] {
    const match = anchorQuery(this.kind, query);
    return match ? this.stmt.all(match) : [];
  }

  close(): void {
    this.db.close();
  }
}
