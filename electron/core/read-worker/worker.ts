import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { toErrorData } from '../../../shared/rpc';
import { databaseFileName } from '../db/open';
import { createSearchEngine } from '../search/create-engine';
import { DocumentCache } from './document-cache';
import { type NotesReader, openNotesReader } from './notes-reader';
import { outputSchema, type ReadMethod, type ReadReply, type ReadRequest, type ReadWorkerData } from './protocol';
import { readHandlers } from './read-handlers';

/**
 * Worker-thread entry: answers the library's reads (documents, comparisons, suggestions,
 * exports) with its own read-only connections, so a slow one never holds up the thread
 * that serves every other call. Each reply is parsed with the method's contract schema
 * here, before it crosses to the serving thread.
 */
function main(): void {
  const data = workerData as ReadWorkerData;
  const library = new Database(path.join(data.dataDir, databaseFileName), { readonly: true, fileMustExist: true });
  library.pragma('busy_timeout = 10000');
  const send = (reply: ReadReply) => parentPort?.postMessage(reply);
  // The suggestion index is read from the library; a changed one is saved by the thread holding the writable connection.
  const engine = createSearchEngine(library, {
    dataDir: data.dataDir,
    saveSuggestions: (snapshot) => {
      if (data.persistSuggestions) send({ type: 'suggest-snapshot', snapshot });
    },
  });
  let notes: NotesReader | null = null;
  const openNotes = () => {
    notes ??= openNotesReader(data.dataDir, library);
    return notes;
  };
  const documents = new DocumentCache();
  const handlers = readHandlers(library, engine, openNotes, documents);
  parentPort?.on('message', (request: ReadRequest) => {
    if (request.type === 'documents-changed') {
      engine.documentsChanged(request.docIds);
      documents.clear();
    } else if (request.type === 'user-store-replaced') {
      notes?.close();
      notes = null;
    } else {
      try {
        const handler = handlers[request.method] as (input: unknown) => unknown;
        const value = outputSchema(request.method as ReadMethod).parse(handler(request.input));
        send({ type: 'result', id: request.id, value });
      } catch (error) {
        send({ type: 'error', id: request.id, error: toErrorData(error) });
      }
    }
  });
  send({ type: 'ready' });
}

main();
