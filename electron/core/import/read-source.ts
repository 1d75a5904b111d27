import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { KbError } from '../../../shared/errors';

/**
 * The default cap on one imported file. The largest files in the shared corpus are a few MB;
 * parsing costs several times a file's size in memory, so 100 MB keeps one import near 1 GB.
 */
export const defaultMaxFileBytes = 100 * 1024 * 1024;
/** Read in pieces so a file whose size the system misreports (/proc) still meets the cap. */
const readPieceBytes = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function tooLarge(name: string, maxBytes: number): KbError {
  return new KbError(
    'TOO_LARGE',
    `${name}: larger than the ${megabytes(maxBytes)} import limit; not imported (raise it with --max-file-mb)`,
  );
}

/**
 * Reads a file to import, refusing what is not a regular file (devices, FIFOs, sockets:
 * opened non-blocking, so a FIFO cannot hang the import) and anything over `maxBytes`.
 */
export async function readSourceFile(file: string, maxBytes: number): Promise<Buffer> {
  const name = path.basename(file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') {
      throw new KbError('UNSUPPORTED_FORMAT', `${name}: a socket, not a file; not imported`);
    }
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new KbError('UNSUPPORTED_FORMAT', `${name}: a device, FIFO or socket, not a file; not imported`);
    }
    if (info.size > maxBytes) throw tooLarge(name, maxBytes);
    const pieces: Buffer[] = [];
    let total = 0;
    for (;;) {
      const piece = Buffer.allocUnsafe(Math.min(readPieceBytes, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(name, maxBytes);
      pieces.push(piece.subarray(0, bytesRead));
    }
    return Buffer.concat(pieces, total);
  } finally {
    await handle.close();
  }
}
