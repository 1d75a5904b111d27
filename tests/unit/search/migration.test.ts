import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';

describe('migration 0040-search', () => {
  it('creates the synonym and suggestion-index tables', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'search_%' ORDER BY name")
      .all() as { name: string }[];
    db.close();
    expect(tables.map((t) => t.name)).toEqual(['search_suggest_index', 'search_synonyms']);
  });
  it('applies on top of a version-30 database', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 30),
    );
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 40),
      ),
    ).toBe(40);
    db.close();
  });
});

describe('migration 0050-search-vocab', () => {
  it('applies on top of a version-40 database', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 40),
    );
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 50),
      ),
    ).toBe(50);
    db.close();
  });
  it('indexes passages by number', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'passages_by_number'").get() as {
      sql: string;
    };
    db.close();
    expect(index.sql).toBe('CREATE INDEX passages_by_number ON passages(number)');
  });
  it('exposes the full-text vocabulary with passage counts', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    db.prepare(
      "INSERT INTO passage_fts (rowid, title, number, body, doc_title) VALUES (1, '', '', 'stablecoins', ''), (2, '', '', 'stablecoin', '')",
    ).run();
    const row = db.prepare("SELECT term, doc FROM passage_vocab WHERE term = 'stablecoin'").get();
    db.close();
    expect(row).toEqual({ term: 'stablecoin', doc: 2 });
  });
});
