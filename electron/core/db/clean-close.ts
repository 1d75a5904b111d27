import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * A clean close leaves a small record of the library file as it was left (inode, size, change
 * and modification times, to the nanosecond). At the next open, a file that still matches it,
 * with no WAL beside it, is byte for byte what passed through our own clean close: the full
 * `quick_check` (0.8 s on a 90 MB library, most of a cold start) is skipped. Anything else —
 * a crash (the record is removed at open), a copy, an edit by another program, a new WAL — is
 * checked in full.
 */
export function cleanCloseRecordPath(file: string): string {
  return `${file}.clean-close`;
}

function fingerprint(file: string): string | null {
  try {
    const stat = statSync(file, { bigint: true });
    return JSON.stringify([String(stat.ino), String(stat.size), String(stat.mtimeNs), String(stat.ctimeNs)]);
  } catch {
    return null;
  }
}

function walIsEmpty(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size === 0;
  } catch {
    return true;
  }
}

/** True when the file is as our last clean close left it. The record is consumed either way. */
export function closedCleanlyAndUntouched(file: string): boolean {
  const record = cleanCloseRecordPath(file);
  let recorded: string | null = null;
  try {
    recorded = readFileSync(record, 'utf8');
  } catch {
    return false;
  }
  try {
    rmSync(record, { force: true });
  } catch {
    // A read-only folder: nothing can change the file through Folio either.
  }
  return recorded === fingerprint(file) && walIsEmpty(file);
}

/** Called after the last connection closed cleanly (its WAL checkpointed and removed). */
export function recordCleanClose(file: string): void {
  const current = fingerprint(file);
  if (current === null || !walIsEmpty(file)) return;
  try {
    writeFileSync(cleanCloseRecordPath(file), current);
  } catch {
    // No record only means a full check at the next open.
  }
}
