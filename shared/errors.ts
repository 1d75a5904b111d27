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
