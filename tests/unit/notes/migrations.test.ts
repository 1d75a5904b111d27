import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migration';
import { userMigrations } from '../../../electron/core/notes/migrations';
import { notes } from '../../../electron/core/notes/migrations/0010-notes';
import { packs } from '../../../electron/core/notes/migrations/0020-packs';
import { marksIndex } from '../../../electron/core/notes/migrations/0030-marks-index';

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

describe('user store migrations', () => {
  it('are numbered in increasing order', () => {
    const versions = userMigrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('0010 creates notes, tags and layers, with the personal layer', () => {
    const db = new Database(':memory:');
    migrate(db, [notes]);
    expect(columns(db, 'notes')).toContain('identity');
    expect(columns(db, 'note_tags')).toEqual(['note_id', 'tag']);
    expect(db.prepare('SELECT name FROM layers').pluck().all()).toEqual(['personal']);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    db.close();
  });

  it('0020 adds packs and their ordered items on top of 0010', () => {
    const db = new Database(':memory:');
    migrate(db, [notes]);
    migrate(db, [notes, packs]);
    expect(columns(db, 'packs')).toEqual(['id', 'name', 'layer', 'created_at', 'updated_at']);
    expect(columns(db, 'pack_items')).toContain('position');
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    db.close();
  });

  it("0030 adds the index the reader's marks are read from, over live notes only", () => {
    const db = new Database(':memory:');
    migrate(db, [notes, packs, marksIndex]);
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'notes_marks'").pluck().get() as string;
    expect(index).toMatch(/ON notes\(\s*doc_id, version, passage_id,/);
    expect(index).toMatch(/WHERE deleted_at IS NULL$/);
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    db.close();
  });
});
