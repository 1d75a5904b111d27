/** The closed set of error codes that may cross a process boundary. */
export const errorCodes = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNSUPPORTED_FORMAT',
  'DECODE_FAILED',
  'DB_TOO_NEW',
  'IMPORT_FAILED',
  'UNAUTHORIZED',
  'INTERNAL',
  /** The library file is empty, truncated or corrupt; `folio rebuild` makes a new one from its sources. */
  'LIBRARY_DAMAGED',
  /** The library (or its folder) cannot be written: reading works, changes are refused. */
  'READ_ONLY',
  /** The disk (or the library's size limit) is full; what was being written was rolled back. */
  'DISK_FULL',
  /** Another Folio process kept the library busy for longer than the wait allows. */
  'BUSY',
  /** The user stopped the work; nothing of it was half-written. */
  'CANCELLED',
  /** An input over a size limit (a file to import, a document inside it). */
  'TOO_LARGE',
  /** A path outside what the user chose for this door (dialog, drop, --allow). */
  'PATH_NOT_ALLOWED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
}

/** A typed error inside one process; it crosses processes as ErrorData. */
export class KbError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'KbError';
    this.code = code;
  }
  toData(): ErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
