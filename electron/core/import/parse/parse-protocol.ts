import type { ParsedSource, ThreadError } from './read-and-parse';

/** What the parse worker is started with: the files in import order, and what the library already holds. */
export interface ParseWorkerData {
  files: string[];
  maxFileBytes: number;
  /** Content hashes already in the library: such a file is unchanged or a copy, so it is not parsed. */
  knownHashes: string[];
}

/** Writer → parse worker: "you may read this many more files ahead". */
export interface ParseCredit {
  type: 'credit';
  count: number;
}

/** Parse worker → writer, one per file, in order. */
export type ParseResult =
  | { index: number; ok: true; contentHash: string; size: number; parsed?: ParsedSource }
  | { index: number; ok: false; error: ThreadError };
