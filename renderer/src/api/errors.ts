import type { TFunction } from 'i18next';
import { type ErrorCode, KbError } from '../../../shared/errors';

/**
 * Codes whose core message helps the user act (which file, which field, what broke): shown
 * after the worded code as a detail. For the others the words say everything.
 */
const codesWithDetail: ReadonlySet<ErrorCode> = new Set([
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'DECODE_FAILED',
  'IMPORT_FAILED',
  'INTERNAL',
]);

/** The code an error carries across the boundary; anything else is INTERNAL. */
export function errorCode(error: unknown): ErrorCode {
  return error instanceof KbError ? error.code : 'INTERNAL';
}

/**
 * One line for the user in the UI's language, worded from the error's code (the core's
 * English message only as a detail, for the codes where it helps):
 * READ_ONLY → "The library is read-only: …". Without `t` (code outside React that has no
 * translator yet) it falls back to "CODE: message".
 */
export function describeError(error: unknown, t?: TFunction): string {
  const code = errorCode(error);
  if (!t) return `${code}: ${error instanceof Error ? error.message : String(error)}`;
  const words = t(`errors.${code}`);
  if (!codesWithDetail.has(code)) return words;
  const detail = error instanceof Error ? error.message : String(error);
  return detail.trim() === '' ? words : t('errors.detail', { words, detail });
}
