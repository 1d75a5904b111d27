import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { KbError } from '../../../shared/errors';

/** Every SQLite database starts with these 16 bytes. */
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
/** The database header's length; a shorter file cannot be a database. */
const headerBytes = 100;

export type LibraryFileState = 'missing' | 'present';

function damaged(file: string, why: string): KbError {
  return new KbError(
    'LIBRARY_DAMAGED',
    `The library file ${file} ${why}. It was left as it is; run \`folio rebuild\` to make a new library from its sources.`,
  );
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(headerBytes);
    const read = readSync(fd, header, 0, headerBytes, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Looks at the library file before SQLite does: a 0-byte, foreign or truncated file is
 * reported as LIBRARY_DAMAGED instead of being silently initialised as a new, empty library.
 *
 * A file shorter than its header says is not damaged while a WAL lies beside it: a checkpoint
 * writes page 1 (and its page count) first and the pages above the old end after it, so a
 * crash in between leaves exactly that, and SQLite finishes the checkpoint from the WAL.
 * Whether that WAL belongs to the file is checked next (setAsideForeignWal); if it is set
 * aside, the caller inspects the file again without it.
 */
export function inspectLibraryFile(file: string): LibraryFileState {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return 'missing';
  }
  if (size === 0) throw damaged(file, 'is empty (0 bytes)');
  const header = readHeader(file);
  if (header.length < headerBytes || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw damaged(file, 'is not an SQLite database');
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The page count in the header is only trusted when it was written by the same change.
  const countIsValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  const walMayHoldTheRest = fileSize(`${file}-wal`) > 0;
  if (countIsValid && pageCount > 0 && size < pageCount * pageSize && !walMayHoldTheRest) {
    throw damaged(file, `is truncated (${size} bytes of ${pageCount * pageSize})`);
  }
  return 'present';
}
