import iconv from 'iconv-lite';
import { KbError } from '../../../shared/errors';

/** What decoding found out about the bytes. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes text bytes: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or NUL pattern), else GB18030.
 * Throws UNSUPPORTED_FORMAT for binary content and DECODE_FAILED when no encoding decodes cleanly.
 * @example decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text // 'a'
 */
export function decodeText(name: string, bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(name, bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(name, bytes.subarray(2), 'utf-16be');
  const nul = utf16ByNulPattern(bytes);
  if (nul) return utf16(name, bytes, nul);
  if (looksBinary(bytes)) {
    throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (binary content, not text)`);
  }
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const bad = countReplacement(text);
    if (bad > 0) warnings.push(`${name}: the source itself contains ${bad} replacement character(s) (U+FFFD)`);
    return { text, encoding: 'utf-8', warnings };
  }
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  if (countReplacement(gb) === 0) {
    warnings.push(`${name}: decoded as GB18030 (not valid UTF-8)`);
    return { text: gb, encoding: 'gb18030', warnings };
  }
  throw new KbError(
    'DECODE_FAILED',
    `${name}: cannot be decoded as UTF-8, UTF-16 or GB18030 without losing characters`,
  );
}

function utf16(name: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    const text = decoder.decode(bytes);
    if (countReplacement(text) > 0) throw new Error('replacement');
    return { text, encoding, warnings: [] };
  } catch {
    throw new KbError('DECODE_FAILED', `${name}: invalid ${encoding.toUpperCase()} text`);
  }
}

/**
 * UTF-16 without BOM: ASCII characters show as (char, NUL) pairs in LE and (NUL, char) in BE.
 * Han characters like U+4E00 also produce NULs, but far fewer than newlines, spaces and digits do.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    if (b === 0 && isAsciiText(a)) le++;
    else if (a === 0 && isAsciiText(b)) be++;
  }
  const pairs = n / 2;
  if (le >= Math.max(2, pairs * 0.03) && le >= be * 4) return 'utf-16le';
  if (be >= Math.max(2, pairs * 0.03) && be >= le * 4) return 'utf-16be';
  return undefined;
}

function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09;
}

/** NUL bytes, or more than 2% C0 control bytes other than whitespace/ESC, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n * 0.02;
}

function countReplacement(text: string): number {
  let count = 0;
  let i = text.indexOf('\uFFFD');
  while (i >= 0) {
    count++;
    i = text.indexOf('\uFFFD', i + 1);
  }
  return count;
}
