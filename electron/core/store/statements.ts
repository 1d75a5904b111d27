import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection (imports run thousands of these). */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let forDb = cache.get(db);
  if (!forDb) {
    forDb = new Map();
    cache.set(db, forDb);
  }
  let stmt = forDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    forDb.set(sql, stmt);
  }
  return stmt;
}
