import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SearchResultSchema } from '../../../../shared/model';
import { toErrorData } from '../../../../shared/rpc';
import { databaseFileName } from '../../db/open';
import { Budget } from '../budget';
import { SynonymIndex } from '../query/plan';
import { SearchStatements } from '../rank/statements';
import { runSearch } from '../run-search';
import type { SearchReply, SearchRequest, SearchWorkerData } from './protocol';

/**
 * Worker-thread entry: searches with its own read-only connection, so a slow query never
 * holds up the thread that serves every other call. "Did you mean" stays with the caller,
 * which holds the suggestion index.
 */
function main(): void {
  const data = workerData as SearchWorkerData;
  const db = new Database(path.join(data.dataDir, databaseFileName), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  const statements = new SearchStatements(db);
  let synonyms = new SynonymIndex(data.synonyms);
  const send = (reply: SearchReply) => parentPort?.postMessage(reply);
  parentPort?.on('message', (request: SearchRequest) => {
    if (request.type === 'synonyms') {
      synonyms = new SynonymIndex(request.groups);
    } else if (request.type === 'documents-changed') {
      statements.forgetCounts();
    } else {
      try {
        // Parsed with the contract's schema here, before it crosses to the serving thread.
        const result = SearchResultSchema.parse(
          runSearch(db, statements, synonyms, request.input, new Budget(data.timeBudgetMs)),
        );
        send({ type: 'result', id: request.id, result });
      } catch (error) {
        send({ type: 'error', id: request.id, error: toErrorData(error) });
      }
    }
  });
  send({ type: 'ready' });
}

main();
