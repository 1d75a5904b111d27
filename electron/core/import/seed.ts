import path from 'node:path';
import type Database from 'better-sqlite3';
import { type ImportOutcome, importFiles } from './import-files';

export const seedFileName = 'weex-api-access-faq-and-pboc-notice.txt';

/** The embedded default library, recorded under a path that does not depend on where the app is installed. */
export function seedSource(resourcesDir: string) {
  return { file: path.join(resourcesDir, 'seed', seedFileName), sourcePath: `folio:seed/${seedFileName}` };
}

/** Imports the embedded library into an empty database; does nothing to a library that has documents. */
export async function importSeedIfEmpty(db: Database.Database, resourcesDir: string): Promise<ImportOutcome | null> {
  const { n } = db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
  if (n > 0) return null;
  return importFiles(db, [seedSource(resourcesDir)]);
}
