import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { FileReport, ImportReport } from '../../../shared/model';
import { parseFile } from '../ingest/parse-file';
import { isSourceUnchanged, type SourceRecord, sourceWithSameContent, writeParsedFile } from '../store/write-file';

export interface ImportProgressEvent {
  filesDone: number;
  filesTotal: number;
  currentFile?: string;
}

export interface ImportOutcome {
  report: ImportReport;
  /** Documents whose current version is new (added or updated): search indexes follow these. */
  changedDocIds: string[];
}

/** A file to import: where its bytes are, and the path recorded for it in the library. */
export interface ImportSource {
  file: string;
  sourcePath: string;
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

async function importOne(db: Database.Database, source: ImportSource, changed: string[]): Promise<FileReport> {
  const name = path.basename(source.file);
  const bytes = await readFile(source.file);
  const contentHash = createHash('sha1').update(bytes).digest('hex');
  if (isSourceUnchanged(db, source.sourcePath, contentHash)) {
    return { file: source.file, status: 'unchanged', ...countUnchanged(db, source.sourcePath), warnings: [] };
  }
  const copyOf = sourceWithSameContent(db, source.sourcePath, contentHash);
  if (copyOf) {
    const warning = `same content as ${copyOf}, already in the library; not imported twice`;
    return { file: source.file, status: 'unchanged', ...countUnchanged(db, copyOf), warnings: [warning] };
  }
  const parsed = await parseFile({ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  const record: SourceRecord = { path: source.sourcePath, name, contentHash };
  const written = writeParsedFile(db, record, parsed);
  for (const w of written) if (w.status !== 'unchanged') changed.push(w.id);
  const status = written.some((w) => w.status === 'updated')
    ? 'updated'
    : written.some((w) => w.status === 'added')
      ? 'added'
      : 'unchanged';
  const warnings = [...parsed.warnings, ...parsed.documents.flatMap((d) => d.warnings.map((w) => `${d.title}: ${w}`))];
  return {
    file: source.file,
    status,
    documents: written.length,
    passages: written.reduce((n, w) => n + w.passages, 0),
    warnings,
  };
}

/**
 * Imports files one by one, each in its own transaction; a bad file is reported and
 * the rest go on. Progress is reported before each file and once at the end.
 */
export async function importFiles(
  db: Database.Database,
  sources: readonly ImportSource[],
  onProgress: (event: ImportProgressEvent) => void = () => {},
): Promise<ImportOutcome> {
  const files: FileReport[] = [];
  const changed: string[] = [];
  for (const [i, source] of sources.entries()) {
    onProgress({ filesDone: i, filesTotal: sources.length, currentFile: source.file });
    try {
      files.push(await importOne(db, source, changed));
    } catch (error) {
      const message =
        error instanceof KbError
          ? error.message
          : `${path.basename(source.file)}: ${error instanceof Error ? error.message : String(error)}`;
      files.push({ file: source.file, status: 'failed', documents: 0, passages: 0, warnings: [], error: message });
    }
  }
  onProgress({ filesDone: sources.length, filesTotal: sources.length });
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
  };
}

/** Real files on disk are recorded under their own absolute path. */
export function fromDisk(files: readonly string[]): ImportSource[] {
  return files.map((file) => ({ file, sourcePath: file }));
}
