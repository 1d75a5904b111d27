import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { porterStem } from '../../../electron/core/search/text/porter';

/** What SQLite's FTS5 porter tokenizer makes of each word, read back through fts5vocab. */
function sqliteStems(words: readonly string[]): string[] {
  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');",
  );
  const insert = db.prepare('INSERT INTO t(rowid, x) VALUES (?, ?)');
  for (const [i, w] of words.entries()) insert.run(i + 1, w);
  const rows = db.prepare('SELECT doc, term FROM v ORDER BY doc').all() as { doc: number; term: string }[];
  db.close();
  return rows.map((r) => r.term);
}

const words = `limits limited limiting requests caching production tokenization agreement generalization relational
happy sky day dying hoping hopping sensational sensibility relational conditional rational valency hesitancy
digitizer conformably radically differently vilely analogously vietnamization predication operator feudalism
decisiveness hopefulness callousness formality sensitivity triplicate formative formalize electricity
electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant
replacement adjustment dependent adoption homologou communism activate angularity homologous effective
bowdlerize probate rate cease controlling rolling consent processing processor erasure breach notification`
  .split(/\s+/)
  .filter(Boolean);

describe('porterStem', () => {
  it('stems as SQLite FTS5 porter does', () => {
    expect(words.map(porterStem)).toEqual(sqliteStems(words));
  });
});
