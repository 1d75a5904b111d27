import { inflateRawSync } from 'node:zlib';
import { KbError } from '../../../shared/errors';
import { megabytes } from './read-source';

/**
 * The most XML one DOCX part may inflate to. A 500-page statute's document.xml is ~10 MB;
 * a zip bomb of a few hundred KB inflating to GBs is refused before the parser sees it.
 */
export const maxDocxPartBytes = 64 * 1024 * 1024;
/** The End Of Central Directory record: signature, and how far from the end it can be. */
const eocdSignature = 0x06054b50;
const eocdMinBytes = 22;
const eocdMaxSearch = eocdMinBytes + 0xffff;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const deflated = 8;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(zip: Buffer): ZipEntry[] {
  const from = Math.max(0, zip.length - eocdMaxSearch);
  let eocd = -1;
  for (let i = zip.length - eocdMinBytes; i >= from; i--) {
    if (zip.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === centralSignature; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== localSignature) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  return zip.subarray(start, Math.min(zip.length, start + entry.compressedSize));
}

/**
 * Refuses a DOCX whose XML parts inflate past `maxBytes`. Sizes in a zip's directory can
 * lie, so each part is actually inflated with an output ceiling (memory stays at the cap).
 * A file that is not a readable zip is left to the parser, which reports it.
 */
export function assertDocxWithinLimits(name: string, zip: Buffer, maxBytes = maxDocxPartBytes): void {
  for (const entry of centralDirectory(zip)) {
    if (entry.method !== deflated || !entry.name.endsWith('.xml')) continue;
    const data = entryData(zip, entry);
    if (!data) continue;
    try {
      inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new KbError(
          'TOO_LARGE',
          `${name}: its ${entry.name} inflates to more than ${megabytes(maxBytes)}; not imported`,
        );
      }
    }
  }
}
