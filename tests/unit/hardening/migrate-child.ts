/**
 * A child process for the migration kill test: opens the library file in argv[2] in WAL mode (as
 * the app does) and applies the real migrations followed by `slowRewrite` (argv[3] rows), printing
 * "migrating" just before and "migrated" just after, so the parent knows where its kill landed.
 */
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/core/db/migration';
import { migrationsWithSlowRewrite } from './slow-migration';

const [file, rows] = process.argv.slice(2);
if (!file || !rows) throw new Error('usage: migrate-child FILE ROWS');
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
process.stdout.write('migrating\n');
migrate(db, migrationsWithSlowRewrite(Number(rows)));
process.stdout.write('migrated\n');
db.close();
