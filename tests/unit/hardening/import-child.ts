/**
 * A child process for the kill tests: imports the folder in argv[2] into the library in
 * argv[3] with the core directly (lighter to start than the CLI), committing every argv[4]
 * bytes, printing the number of files done before each file, one per line.
 */
import { openDatabase } from '../../../electron/core/db/open';
import { inProcessRunner } from '../../../electron/core/import/run-import';

const [folder, dataDir, chunkBytes] = process.argv.slice(2);
if (!folder || !dataDir) throw new Error('usage: import-child FOLDER DATA_DIR [CHUNK_BYTES]');
const db = openDatabase(dataDir);
inProcessRunner(db, { chunkBytes: chunkBytes ? Number(chunkBytes) : undefined })([folder], (event) =>
  process.stdout.write(`${event.filesDone}\n`),
).then(
  () => db.close(),
  (error: unknown) => {
    db.close();
    throw error;
  },
);
