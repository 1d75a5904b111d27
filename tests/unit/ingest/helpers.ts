import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import type { ParsedFile } from '../../../electron/core/ingest/types';

export const fixtureDir = path.resolve(__dirname, '..', '..', 'fixtures', 'ingest');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(fixtureDir, name));
}

/** Parses a string as a file of the given name (UTF-8). */
export function parseText(name: string, text: string): Promise<ParsedFile> {
  return parseFile({ name, bytes: new TextEncoder().encode(text) });
}

/** Parses a file from disk under its own base name. */
export function parsePath(file: string): Promise<ParsedFile> {
  return parseFile({ name: path.basename(file), bytes: readFileSync(file) });
}

/** Resolves to the KbError code a promise rejects with ('resolved' if it does not reject). */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return (error as { code?: string }).code ?? `not a KbError: ${String(error)}`;
  }
}
