import { KbError } from '../../../shared/errors';

/** One line for the user: "NOT_FOUND: No document with id …". */
export function describeError(error: unknown): string {
  if (error instanceof KbError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `INTERNAL: ${error.message}`;
  return `INTERNAL: ${String(error)}`;
}
