import { createHash } from 'node:crypto';
import path from 'node:path';
import { isErrorCode, KbError } from '../../../../shared/errors';
import { parseFile } from '../../ingest/parse-file';
import type { ParsedFile } from '../../ingest/types';
import { type DocumentIndexTexts, indexTextsOf } from '../../store/index-texts';
import { textHashOf } from '../../store/write-file';
import { assertDocxWithinLimits } from '../docx-limits';
import { readSourceFile } from '../read-source';

/** A file's bytes read and hashed; parsing is asked for only when the file must be written. */
export interface ReadFile {
  contentHash: string;
  size: number;
  parse(): Promise<ParsedSource>;
}

export interface ParsedSource {
  parsed: ParsedFile;
  textHash: string;
  /** Prepared by the parse worker so the writer only writes; absent when parsed on the writing thread. */
  indexTexts?: DocumentIndexTexts[];
}

/** Reads and hashes a file; parse() checks docx limits and parses the bytes held. */
export async function readFile(file: string, maxFileBytes: number, withIndexTexts = false): Promise<ReadFile> {
  const bytes = await readSourceFile(file, maxFileBytes);
  const contentHash = createHash('sha1').update(bytes).digest('hex');
  const parse = withIndexTexts ? parseBytesForIndex : parseBytes;
  return { contentHash, size: bytes.length, parse: () => parse(file, bytes) };
}

/** parseBytes plus the index texts, for the parse worker. */
export async function parseBytesForIndex(file: string, bytes: Buffer): Promise<ParsedSource> {
  const source = await parseBytes(file, bytes);
  return { ...source, indexTexts: indexTextsOf(source.parsed) };
}

export async function parseBytes(file: string, bytes: Buffer): Promise<ParsedSource> {
  const name = path.basename(file);
  if (name.toLowerCase().endsWith('.docx')) assertDocxWithinLimits(name, bytes);
  const parsed = await parseFile({ name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { parsed, textHash: textHashOf(parsed) };
}

/** An error as it crosses a thread: a KbError keeps its code, any other error its message. */
export interface ThreadError {
  code?: string;
  message: string;
}

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof KbError) return { code: error.code, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromThreadError(error: ThreadError): Error {
  return error.code && isErrorCode(error.code) ? new KbError(error.code, error.message) : new Error(error.message);
}
