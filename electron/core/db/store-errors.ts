import { KbError } from '../../../shared/errors';

let damageSeen = false;

/** Whether a call in this process met a damaged page: a clean close must then not vouch for the file. */
export function libraryDamageSeen(): boolean {
  return damageSeen;
}

/** SQLite's own failures, turned into the codes a user can act on (never INTERNAL for these). */
export function asStoreError(error: unknown): unknown {
  if (error instanceof KbError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_FULL')) {
    return new KbError('DISK_FULL', 'The disk is full: the change was rolled back. Free some space and try again.');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new KbError('READ_ONLY', 'The library cannot be written (read-only file or folder); reading still works.');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new KbError('BUSY', 'Another Folio process kept the library busy; try again in a moment.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    damageSeen = true;
    return new KbError('LIBRARY_DAMAGED', 'The library file is damaged; run `folio rebuild` to make a new one.');
  }
  return error;
}

/** Wraps every method of an API so SQLite failures reach callers as clear codes. */
export function withStoreErrors<T extends Record<string, (input: never) => Promise<unknown>>>(api: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    wrapped[name] = async (input: never) => {
      try {
        return await method(input);
      } catch (error) {
        throw asStoreError(error);
      }
    };
  }
  return wrapped as T;
}
