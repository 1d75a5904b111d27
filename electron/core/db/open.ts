import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import { migrate } from './migration';
import { migrations } from './migrations';

export const databaseFileName = 'folio.sqlite';

/** Opens (creating if needed) the library database in `dataDir`, migrated to the latest schema. */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, databaseFileName);
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new KbError('INTERNAL', `Cannot open the library at ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
