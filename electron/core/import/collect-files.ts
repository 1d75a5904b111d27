import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { KbError } from '../../../shared/errors';
import { isSupportedFile } from '../ingest/parse-file';

const skippedFolders = new Set(['node_modules', '.git']);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && isSupportedFile(entry.name)) out.push(full);
  }
}

export interface CollectedFiles {
  files: string[];
  /** Named paths that do not exist, as the user wrote them. */
  missing: string[];
}

/**
 * Expands the paths a user named into the files to import, as real absolute paths.
 * Files named directly are always kept (so an unsupported one is reported); inside
 * folders only supported files are taken, hidden entries skipped.
 */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    let real: string;
    try {
      real = await realpath(path.resolve(given));
    } catch {
      missing.push(given);
      continue;
    }
    const info = await stat(real);
    if (info.isDirectory()) await walk(real, files);
    else files.push(real);
  }
  return { files: [...new Set(files)], missing };
}

export function missingMessage(given: string): string {
  return `${given}: no such file or folder`;
}

/** Refuses an import where not one named path exists: there is nothing to report on. */
export function assertSomethingExists(collected: CollectedFiles): void {
  if (collected.files.length === 0 && collected.missing.length > 0) {
    throw new KbError('NOT_FOUND', collected.missing.map(missingMessage).join('; '));
  }
}
