import type { ParsedSource, ThreadError } from './read-and-parse';

/** What the parse worker is started with: its files (with their import index) in order, and what the library holds. */
export interface ParseWorkerData {
  files: { index: number; file: string }[];
  maxFileBytes: number;
  /** Content hashes already in the library: such a file is unchanged or a copy, so it is not parsed. */
  knownHashes: string[];
  /** How far the worker may run ahead of the writer: results sent and not yet taken (see ReadAheadWindow). */
  window: ReadAheadWindow;
}

/** A bound on results in flight: at most this many files and (past the first file) this many source bytes. */
export interface ReadAheadWindow {
  files: number;
  bytes: number;
}

/** Writer → parse worker: "I took one result of this many source bytes"; the window opens by as much. */
export interface ParseTaken {
  type: 'taken';
  bytes: number;
}

/** Parse worker → writer, one per file, in order. */
export type ParseResult =
  | { index: number; ok: true; contentHash: string; size: number; parsed?: ParsedSource }
  | { index: number; ok: false; error: ThreadError; size: number };
