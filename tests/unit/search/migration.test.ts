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
    expect(migrate(db, migrations)).toBe(40);
    db.close();
  });
});
