import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { type ImportOptions, type ImportSource, importFiles } from '../../../electron/core/import/import-files';
import { corpusPath, corpusRoot, hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

/**
 * What an import stores, hashed: documents, versions, passages (text, path, content tree),
 * relations, sources, every token the full-text index holds with its row, column and
 * offset, and the index's pages themselves. Timestamps are left out (they differ every run); nothing else is.
 */
function storedDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const queries = [
    'SELECT id, source_path, source_name, title, lang, doc_number, doc_number_key, current_version_id FROM documents ORDER BY id',
    'SELECT id, document_id, version, content_hash, title, metadata FROM document_versions ORDER BY id',
    'SELECT seq, id, version_id, document_id, ordinal, kind, number, label, title, text, path, content FROM passages ORDER BY seq',
    'SELECT version_id, type, target, target_key FROM relations ORDER BY version_id, type, target',
    'SELECT path, content_hash, text_hash FROM sources ORDER BY path',
    'SELECT term, doc, col, offset FROM passage_vocab_instance ORDER BY doc, col, offset, term',
    // The index's own pages: the same segments and merges, so searching it costs what it did.
    'SELECT id, hex(block) FROM passage_fts_data ORDER BY id',
  ];
  for (const sql of queries) for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

/** A sample of the shared corpus: every few files of each folder, in name order (Markdown, MDX, HTML, XML, txt…). */
function corpusSample(): string[] {
  const every = (folder: string, step: number) =>
    readdirSync(corpusPath(folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.includes('.') && e.name !== 'SOURCES.md')
      .map((e) => `${e.parentPath}/${e.name}`)
      .sort()
      .filter((_, i) => i % step === 0);
  return [...every('cn-laws', 25), ...every('api-docs', 3), ...every('en-regs', 4)];
}

/**
 * The sample as sources named by their place in the corpus (`/corpus/cn-laws/…`), not where the
 * corpus happens to sit on this machine: document IDs hash the source path, so an absolute one
 * would give every checkout location its own digest.
 */
function locationFreeSources(): ImportSource[] {
  return corpusSample().map((file) => ({ file, sourcePath: `/corpus/${path.relative(corpusRoot, file)}` }));
}

async function importedDigest(options: ImportOptions): Promise<string> {
  const db = openDatabase(tempDir());
  try {
    const { report } = await importFiles(db, locationFreeSources(), undefined, options);
    expect(report.files.filter((f) => f.status === 'failed').map((f) => f.error)).toEqual([]);
    return storedDigest(db);
  } finally {
    db.close();
  }
}

/**
 * The digest of a corpus sample as the import stored it before the round-4 throughput work
 * (computed on main at 467e034, with the same location-free source paths). Speeding the import up must not change a byte of it.
 */
const digestBeforeThroughputWork = 'e43ed45151e120f994d28d3ab70a194d74cd61ef75968078b725d3b4cfdfa9a6';

describe.skipIf(!hasCorpus)('what an import stores', () => {
  it.skipIf(!hasCorpus)(
    'is byte-for-byte what it was before the throughput work, through the parse worker',
    async () => {
      expect(await importedDigest({ parseWorker: true, parseWorkers: 1 })).toBe(digestBeforeThroughputWork);
    },
    120_000,
  );

  it.skipIf(!hasCorpus)(
    'is the same when parsing on the writing thread',
    async () => {
      expect(await importedDigest({ parseWorker: false })).toBe(digestBeforeThroughputWork);
    },
    120_000,
  );

  it.skipIf(!hasCorpus)(
    'is the same with two parse workers taking alternate files',
    async () => {
      expect(await importedDigest({ parseWorker: true, parseWorkers: 2 })).toBe(digestBeforeThroughputWork);
    },
    120_000,
  );
});
if (!hasCorpus) console.info(noCorpusReason);
