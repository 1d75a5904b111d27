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

/**
 * Expands the paths a user named into the files to import, as real absolute paths.
 * Files named directly are always kept (so an unsupported one is reported); inside
 * folders only supported files are taken, hidden entries skipped.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    let real: string;
    try {
      real = await realpath(path.resolve(given));
    } catch {
      throw new KbError('NOT_FOUND', `${given}: no such file or folder`);
    }
    const info = await stat(real);
    if (info.isDirectory()) await walk(real, files);
    else files.push(real);
  }
  return [...new Set(files)];
}
