import chardet from 'chardet';
import iconv from 'iconv-lite';
import { KbError } from '../../../shared/errors';

/** What decoding found out about the bytes. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The pre-Unicode East Asian encodings read (by chardet's name → iconv's name). */
const legacyEncodings = {
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
} as const;
type LegacyEncoding = (typeof legacyEncodings)[keyof typeof legacyEncodings];
const legacyLabels: Record<LegacyEncoding, string> = {
  gb18030: 'GB18030',
  big5: 'Big5',
  shift_jis: 'Shift-JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
};
/**
 * chardet's confidence (0–100) below which a legacy guess is not trusted. Its frequency
 * models give 100 for a paragraph of real text; 10 is its "any byte sequence fits" floor.
 */
const minLegacyConfidence = 30;
/** Share of UTF-16 code units that must be CJK, kana, CJK punctuation or ASCII for BOM-less CJK UTF-16. */
const cjkUtf16Share = 0.9;

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
  const hasNul = bytes.indexOf(0) >= 0;
  let text: string | undefined;
  try {
    text = hasNul ? undefined : utf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined && !looksBinary(bytes)) {
    const bad = countReplacement(text);
    if (bad > 0) warnings.push(`${name}: the source itself contains ${bad} replacement character(s) (U+FFFD)`);
    return { text, encoding: 'utf-8', warnings };
  }
  // Pure Chinese UTF-16 has no ASCII NUL pattern to find, and 一 (U+4E00) puts a NUL in it.
  if (hasNul) {
    const cjk = utf16ByCjkPattern(bytes);
    if (cjk) return utf16(name, bytes, cjk);
    throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (binary content, not text)`);
  }
  if (looksBinary(bytes)) {
    throw new KbError('UNSUPPORTED_FORMAT', `${name}: unsupported format (binary content, not text)`);
  }
  return decodeLegacy(name, bytes, warnings);
}

function decodeLegacy(name: string, bytes: Uint8Array, warnings: string[]): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const guesses = chardet.analyse(buffer);
  for (const guess of guesses) {
    const encoding = legacyEncodings[guess.name as keyof typeof legacyEncodings];
    if (!encoding || guess.confidence < minLegacyConfidence) continue;
    const text = iconv.decode(buffer, encoding);
    if (countReplacement(text) > 0) continue;
    warnings.push(`${name}: decoded as ${legacyLabels[encoding]} (not valid UTF-8)`);
    return { text, encoding, warnings };
  }
  // Legacy encodings first: Shift-JIS bytes also fit the UTF-16 CJK pattern.
  const cjk = utf16ByCjkPattern(bytes);
  if (cjk) return utf16(name, bytes, cjk);
  const top = guesses[0];
  const guess = top ? ` (it looks like ${top.name})` : '';
  throw new KbError(
    'DECODE_FAILED',
    `${name}: cannot be decoded as UTF-8, UTF-16, GB18030, Big5, Shift-JIS, EUC-JP or EUC-KR without losing characters${guess}; save it as UTF-8`,
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

/**
 * BOM-less UTF-16 of text with little or no ASCII (pure Chinese has no NUL bytes to find):
 * nearly every code unit's high byte is then a CJK, kana or CJK-punctuation block, or 0 for ASCII.
 */
function utf16ByCjkPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return undefined;
  let le = 0;
  let be = 0;
  let asciiBytes = 0;
  for (let i = 0; i < n; i++) if (isAsciiText(bytes[i] as number)) asciiBytes++;
  // ASCII letters read as UTF-16 land in the CJK block too: text that is all ASCII bytes is not this.
  if (asciiBytes >= n * cjkUtf16Share) return undefined;
  for (let i = 0; i < n; i += 2) {
    if (isCjkHighByte(bytes[i + 1] as number, bytes[i] as number)) le++;
    if (isCjkHighByte(bytes[i] as number, bytes[i + 1] as number)) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * cjkUtf16Share && le > be) return 'utf-16le';
  if (be >= pairs * cjkUtf16Share && be > le) return 'utf-16be';
  return undefined;
}

/** A UTF-16 code unit (high, low) in CJK ideographs, kana, CJK punctuation, full-width forms, or ASCII text. */
function isCjkHighByte(high: number, low: number): boolean {
  if (high === 0) return isAsciiText(low);
  return (
    (high >= 0x4e && high <= 0x9f) || high === 0x30 || high === 0xff || high === 0x20 || (high >= 0x34 && high <= 0x4d)
  );
}

function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09;
}

/**
 * A NUL byte anywhere (not only in the sample), or more than 2% C0 control bytes other than
 * whitespace/ESC in the first 64 KB, mean binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) >= 0) return true;
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
