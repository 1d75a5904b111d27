/**
 * Run in a fresh process by the benchmark: opens a library, creates the engine, runs one
 * query, and prints the milliseconds since this process started (JSON on stdout).
 * Usage: node bin/tsx-run.cjs electron/cli/bench/cold-start.ts DATA_DIR QUERY
 */
import { openDatabase } from '../../core/db/open';
import { createSearchEngine } from '../../core/search/create-engine';

const [dataDir, query] = process.argv.slice(2);
if (!dataDir || !query) {
  console.error('usage: cold-start.ts DATA_DIR QUERY');
  process.exit(2);
}
const openedAt = performance.now();
const db = openDatabase(dataDir);
const engine = createSearchEngine(db, { dataDir });
const result = engine.search({ query });
const done = performance.now();
console.log(JSON.stringify({ sinceProcessStartMs: done, openToResultMs: done - openedAt, hits: result.hits.length }));
db.close();
