import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type ErrorData, KbError } from '../../../shared/errors';
import type { FileReport, ImportReport } from '../../../shared/model';
import { asStoreError } from '../db/store-errors';
import type { ParsedFile } from '../ingest/types';
import type { DocumentIndexTexts } from '../store/index-texts';
import {
  isSourceUnchanged,
  type SourceRecord,
  sourceWithSameContent,
  sourceWithSameText,
  type WrittenDocument,
  writeParsedFile,
  writeParsedFiles,
} from '../store/write-file';
import { type FileReader, inThreadReader, workerReader } from './parse/file-reader';
import { defaultMaxFileBytes } from './read-source';

export interface ImportProgressEvent {
  filesDone: number;
  filesTotal: number;
  currentFile?: string;
}

export interface ImportOutcome {
  report: ImportReport;
  /** Documents whose current version is new (added or updated): search indexes follow these. */
  changedDocIds: string[];
  /** Why the import stopped before the end (cancelled, disk full); what was written stays whole. */
  stopped?: ErrorData;
}

export interface ImportOptions {
  /** Stops the import between files: no new file is started, those already read are written whole. */
  signal?: AbortSignal;
  /** Files larger than this are refused with TOO_LARGE (default: defaultMaxFileBytes). */
  maxFileBytes?: number;
  /** Commit once this much source has gathered (default chunkBytes); smaller commits more often. */
  chunkBytes?: number;
  /** Read and parse on a worker thread (default: when there are at least workerMinFiles files). */
  parseWorker?: boolean;
  /** How many parse workers (default: parseWorkerCount()). */
  parseWorkers?: number;
  /**
   * The parse worker's bundled script (out/main/parse-worker.js), for an import run from source
   * that should parse as the built app does (default: beside this code's bundle, else the source through tsx).
   */
  parseWorkerScript?: string;
}

/** A file to import: where its bytes are, and the path recorded for it in the library. */
export interface ImportSource {
  file: string;
  sourcePath: string;
}

/** Parsed files are written together once this much source has gathered (one transaction each chunk). */
const chunkBytes = 4_000_000;
const chunkFiles = 200;
/** Below this many files, starting a parse worker costs more than it saves. */
const workerMinFiles = 20;

/** Whether an import of `fileCount` files parses on parse workers (else on the writing thread). */
export function parsesOnWorkers(options: Pick<ImportOptions, 'parseWorker'>, fileCount: number): boolean {
  return options.parseWorker ?? fileCount >= workerMinFiles;
}

/** One parse worker per core beyond the writer's own, at least one. */
export function parseWorkerCount(cores = os.availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** A parsed file waiting to be written with its chunk. */
interface Pending {
  index: number;
  file: string;
  record: SourceRecord;
  parsed: ParsedFile;
  indexTexts?: DocumentIndexTexts[];
  size: number;
}

/** A copy of a file in the same chunk: reported once its original is written. */
interface PendingCopy {
  index: number;
  file: string;
  copyOf: string;
  /** A copy of the text in another encoding or format, not of the bytes. */
  byText?: boolean;
}

function countUnchanged(db: Database.Database, sourcePath: string): { documents: number; passages: number } {
  return db
    .prepare(
      `SELECT count(*) AS documents,
         coalesce(sum((SELECT count(*) FROM passages p WHERE p.version_id = d.current_version_id)), 0) AS passages
       FROM documents d WHERE d.source_path = ?`,
    )
    .get(sourcePath) as { documents: number; passages: number };
}

function failure(file: string, cause: unknown): FileReport {
  const error = asStoreError(cause);
  const message =
    error instanceof KbError
      ? error.message
      : `${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`;
  return { file, status: 'failed', documents: 0, passages: 0, warnings: [], error: message };
}

function titleOf(db: Database.Database, sourcePath: string): string | undefined {
  const row = db
    .prepare('SELECT title FROM documents WHERE source_path = ? ORDER BY created_at LIMIT 1')
    .get(sourcePath) as { title: string } | undefined;
  return row?.title;
}

function copyReport(db: Database.Database, file: string, copyOf: string, title?: string): FileReport {
  const warning = title
    ? `same text as “${title}” (${copyOf}), already in the library in another encoding or format; not imported twice`
    : `same content as ${copyOf}, already in the library; not imported twice`;
  return { file, status: 'unchanged', ...countUnchanged(db, copyOf), warnings: [warning] };
}

/**
 * Reads, checks and parses one file. Returns its final report when there is nothing to
 * write (unchanged, a copy of another file), else the parsed file to write.
 */
async function prepare(
  db: Database.Database,
  source: ImportSource,
  index: number,
  hashesInChunk: Map<string, string>,
  reader: FileReader,
): Promise<FileReport | Pending | PendingCopy> {
  const name = path.basename(source.file);
  const read = await reader.get(index);
  const contentHash = read.contentHash;
  if (isSourceUnchanged(db, source.sourcePath, contentHash)) {
    return { file: source.file, status: 'unchanged', ...countUnchanged(db, source.sourcePath), warnings: [] };
  }
  const copyOf = sourceWithSameContent(db, source.sourcePath, contentHash);
  if (copyOf) return copyReport(db, source.file, copyOf);
  const copyInChunk = hashesInChunk.get(contentHash);
  if (copyInChunk) return { index, file: source.file, copyOf: copyInChunk };
  const { parsed, textHash, indexTexts } = await read.parse();
  // One text in another encoding or format (GBK and UTF-16 copies, a .md and its .txt) is a duplicate too.
  const sameText = sourceWithSameText(db, source.sourcePath, textHash);
  if (sameText) return copyReport(db, source.file, sameText.path, sameText.title);
  const textInChunk = hashesInChunk.get(`text:${textHash}`);
  if (textInChunk) return { index, file: source.file, copyOf: textInChunk, byText: true };
  hashesInChunk.set(contentHash, source.sourcePath);
  hashesInChunk.set(`text:${textHash}`, source.sourcePath);
  return {
    index,
    file: source.file,
    record: { path: source.sourcePath, name, contentHash, textHash },
    parsed,
    ...(indexTexts ? { indexTexts } : {}),
    size: read.size,
  };
}

/** The reader for this import: a parse worker for many files, the calling thread for a few. */
function openReader(db: Database.Database, sources: readonly ImportSource[], options: ImportOptions): FileReader {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const files = sources.map((s) => s.file);
  if (!parsesOnWorkers(options, sources.length)) return inThreadReader(files, maxFileBytes);
  const known = db.prepare('SELECT content_hash FROM sources').pluck().all() as string[];
  return workerReader(
    files,
    maxFileBytes,
    known,
    options.parseWorkers ?? parseWorkerCount(),
    options.parseWorkerScript,
  );
}

function writtenReport(p: Pending, written: WrittenDocument[]): FileReport {
  const status = written.some((w) => w.status === 'updated')
    ? 'updated'
    : written.some((w) => w.status === 'added')
      ? 'added'
      : 'unchanged';
  const warnings = [
    ...p.parsed.warnings,
    ...p.parsed.documents.flatMap((d) => d.warnings.map((w) => `${d.title}: ${w}`)),
  ];
  return {
    file: p.file,
    status,
    documents: written.length,
    passages: written.reduce((n, w) => n + w.passages, 0),
    warnings,
  };
}

function isDiskFull(error: unknown): boolean {
  return (asStoreError(error) as { code?: unknown }).code === 'DISK_FULL';
}

/**
 * Writes a chunk of parsed files in one transaction; if that fails, writes them one by
 * one so a single bad file is reported and the others still land. A full disk fails the
 * whole chunk (rolled back) and is returned: nothing after it can be written either.
 */
function writeChunk(
  db: Database.Database,
  chunk: Pending[],
  reports: FileReport[],
  changed: string[],
): ErrorData | undefined {
  const record = (p: Pending, written: WrittenDocument[]) => {
    for (const w of written) if (w.status !== 'unchanged') changed.push(w.id);
    reports[p.index] = writtenReport(p, written);
  };
  try {
    const all = writeParsedFiles(
      db,
      chunk.map((p) => ({ source: p.record, parsed: p.parsed, indexTexts: p.indexTexts })),
    );
    chunk.forEach((p, i) => {
      record(p, all[i]!);
    });
  } catch (error) {
    if (isDiskFull(error)) {
      for (const p of chunk) reports[p.index] = failure(p.file, error);
      return (asStoreError(error) as KbError).toData();
    }
    for (const p of chunk) {
      try {
        record(p, writeParsedFile(db, p.record, p.parsed));
      } catch (error) {
        reports[p.index] = failure(p.file, error);
      }
    }
  }
  return undefined;
}

/**
 * Imports files, each document all or nothing: files are parsed one by one and written in
 * chunks, one transaction a chunk; a bad file is reported and the rest go on. Progress is
 * reported before each file and once at the end.
 */
export async function importFiles(
  db: Database.Database,
  sources: readonly ImportSource[],
  onProgress: (event: ImportProgressEvent) => void = () => {},
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  let stopped: ErrorData | undefined;
  const reports: FileReport[] = [];
  const changed: string[] = [];
  let chunk: Pending[] = [];
  let copies: PendingCopy[] = [];
  let chunkSize = 0;
  let hashesInChunk = new Map<string, string>();
  const flush = () => {
    const diskFull = chunk.length > 0 ? writeChunk(db, chunk, reports, changed) : undefined;
    stopped ??= diskFull;
    for (const c of copies)
      reports[c.index] = copyReport(db, c.file, c.copyOf, c.byText ? titleOf(db, c.copyOf) : undefined);
    chunk = [];
    copies = [];
    chunkSize = 0;
    hashesInChunk = new Map();
  };
  const reader = openReader(db, sources, options);
  try {
    for (const [i, source] of sources.entries()) {
      if (stopped) break;
      if (options.signal?.aborted) {
        stopped = new KbError('CANCELLED', `Import cancelled after ${i} of ${sources.length} files`).toData();
        break;
      }
      onProgress({ filesDone: i, filesTotal: sources.length, currentFile: source.file });
      try {
        const prepared = await prepare(db, source, i, hashesInChunk, reader);
        if ('record' in prepared) {
          chunk.push(prepared);
          chunkSize += prepared.size;
          if (chunkSize >= (options.chunkBytes ?? chunkBytes) || chunk.length >= chunkFiles) flush();
        } else if ('copyOf' in prepared) copies.push(prepared);
        else reports[i] = prepared;
      } catch (error) {
        reports[i] = failure(source.file, error);
      }
    }
  } finally {
    await reader.close();
  }
  // Files already read are written whole (after a cancel too); after a full disk nothing is pending.
  flush();
  if (!stopped) onProgress({ filesDone: sources.length, filesTotal: sources.length });
  const files = reports.filter((r): r is FileReport => r !== undefined);
  const count = (status: FileReport['status']) => files.filter((f) => f.status === status).length;
  return {
    report: {
      added: count('added'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('failed'),
      passages: files.reduce((n, f) => n + f.passages, 0),
      files,
    },
    changedDocIds: [...new Set(changed)],
    ...(stopped ? { stopped } : {}),
  };
}

/** Real files on disk are recorded under their own absolute path. */
export function fromDisk(files: readonly string[]): ImportSource[] {
  return files.map((file) => ({ file, sourcePath: file }));
}
