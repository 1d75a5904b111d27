import { toErrorData } from '../../shared/rpc';

/**
 * What the error box says when the app cannot start; a library written by a newer
 * Folio (DB_TOO_NEW) and a damaged one (LIBRARY_DAMAGED) get their own advice.
 */
export function describeStartupError(error: unknown, dataDir: string): { title: string; content: string } {
  const data = toErrorData(error);
  if (data.code === 'DB_TOO_NEW') {
    return {
      title: 'Folio cannot open this library',
      content:
        `The library in ${dataDir} was written by a newer version of Folio.\n\n` +
        'Install the newer version to open it. Nothing was changed.',
    };
  }
  if (data.code === 'LIBRARY_DAMAGED') {
    return {
      title: 'Folio found the library damaged',
      content:
        `${data.message}\n\nThe damaged file was not changed. To make a new library from its source files, run:\n` +
        `folio rebuild --data "${dataDir}"`,
    };
  }
  return { title: 'Folio could not start', content: `${data.message}\n\nLibrary folder: ${dataDir}` };
}
