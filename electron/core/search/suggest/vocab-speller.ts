import type Database from 'better-sqlite3';
import { isStopWord } from '../query/stopwords';
import { tokenKey, wordPattern } from '../text/tokens';

/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this many letters may be away from its correction. */
export function allowedEdits(length: number): number {
  return length >= 7 ? 2 : 1;
}

/** A correction must be in at least this many passages (a typo in one passage is no model). */
export const minPassages = 2;

/**
 * Respells words against the full-text index's own vocabulary (passage_vocab, migration
 * 0050), so words found only in passage bodies can be corrected ("stablecoim" →
 * "stablecoin"). Only the index terms with the same first letter and a similar length
 * are read, and only for a word the index does not hold: meant for searches that found nothing.
 *
 *   new VocabSpeller(db).respell('stablecoim') → 'stablecoin'
 */
export class VocabSpeller {
  private readonly known: Database.Statement<[string], { doc: number }>;
  private readonly near: Database.Statement<
    { from: string; to: string; min: number; max: number; docs: number },
    { term: string; doc: number }
  >;
  private readonly where: Database.Statement<[string], { text: string }>;

  constructor(db: Database.Database) {
    this.known = db.prepare('SELECT doc FROM passage_vocab WHERE term = ?');
    this.near = db.prepare(
      `SELECT term, doc FROM passage_vocab
       WHERE term >= @from AND term < @to AND length(term) BETWEEN @min AND @max AND doc >= @docs`,
    );
    this.where = db.prepare(
      `SELECT coalesce(p.title, '') || ' ' || substr(p.text, 1, 8000) AS text
       FROM passage_vocab_instance v JOIN passages p ON p.seq = v.doc WHERE v.term = ? LIMIT 1`,
    );
  }

  /**
   * The word, when the index holds it (or it is not a plain Latin word of four letters
   * or more, or a stop word); its closest frequent respelling; or null when there is none.
   */
  respell(word: string): string | null {
    if (!/^[a-z]{4,}$/i.test(word) || isStopWord(word)) return word;
    const key = tokenKey(word);
    if ((this.known.get(key)?.doc ?? 0) > 0) return word;
    const edits = allowedEdits(key.length);
    const first = key[0]!;
    const rows = this.near.all({
      from: first,
      to: String.fromCharCode(first.charCodeAt(0) + 1),
      min: key.length - edits,
      max: key.length + edits,
      docs: minPassages,
    });
    let best: { term: string; doc: number; d: number } | null = null;
    for (const r of rows) {
      const d = editDistance(key, r.term);
      if (d > edits) continue;
      if (!best || d < best.d || (d === best.d && r.doc > best.doc)) best = { ...r, d };
    }
    return best ? this.surface(best.term, word) : null;
  }

  /** The form of an index term as the passages write it, closest to what was typed. */
  private surface(term: string, typed: string): string {
    const text = this.where.get(term)?.text ?? '';
    let best: { word: string; d: number } | null = null;
    for (const m of text.matchAll(wordPattern)) {
      const w = m[0].toLowerCase();
      if (tokenKey(w) !== term) continue;
      const d = editDistance(w, typed.toLowerCase());
      if (!best || d < best.d) best = { word: w, d };
    }
    return best?.word ?? term;
  }
}
