import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../../electron/core/db/open';
import type { ParsedDocument, ParsedPassage } from '../../../electron/core/ingest/types';
import { createSearchEngine, type FolioSearchEngine } from '../../../electron/core/search/create-engine';
import { writeParsedFile } from '../../../electron/core/store/write-file';

export interface TestLibrary {
  dir: string;
  db: Database.Database;
  engine: FolioSearchEngine;
  /** Writes one document (as a file of its own) and tells the engine; returns its ID. */
  add(doc: Partial<ParsedDocument> & { title: string; passages: ParsedPassage[] }): string;
  /** Closes and opens the same library again (a restart). */
  reopen(): void;
  close(): void;
}

/** A real library in a temp dir, persisted (dataDir set), for one test. */
export function openTestLibrary(options: { persist?: boolean } = {}): TestLibrary {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-search-'));
  const persist = options.persist ?? true;
  let counter = 0;
  const lib: TestLibrary = {
    dir,
    db: openDatabase(dir),
    engine: null as unknown as FolioSearchEngine,
    add(doc) {
      counter++;
      const full: ParsedDocument = { lang: 'en', relations: [], warnings: [], ...doc };
      const written = writeParsedFile(
        lib.db,
        { path: path.join(dir, `doc-${counter}.txt`), name: `doc-${counter}.txt`, contentHash: `h${counter}` },
        { documents: [full], warnings: [] },
      );
      const ids = written.map((w) => w.id);
      lib.engine.documentsChanged(ids);
      return ids[0]!;
    },
    reopen() {
      lib.engine.close();
      lib.db.close();
      lib.db = openDatabase(dir);
      lib.engine = createSearchEngine(lib.db, { dataDir: persist ? dir : null });
    },
    close() {
      lib.engine.close();
      lib.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  lib.engine = createSearchEngine(lib.db, { dataDir: persist ? dir : null });
  return lib;
}

export function article(number: string, text: string, extra: Partial<ParsedPassage> = {}): ParsedPassage {
  return { kind: 'article', number, text, path: [], ...extra };
}

export function faq(title: string, text: string): ParsedPassage {
  return { kind: 'faq', title, text, path: [] };
}

export function section(title: string, text: string): ParsedPassage {
  return { kind: 'section', title, text, path: [] };
}
