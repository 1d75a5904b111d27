import { describe, expect, it } from 'vitest';
import { isSupportedFile, parseFile, supportedExtensions } from '../../../electron/core/ingest/parse-file';
import { errorCode } from './helpers';

/** Deterministic pseudo-random bytes (xorshift), so the test never flakes. */
function randomBytes(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('unsupported input', () => {
  it('rejects an .exe with UNSUPPORTED_FORMAT', async () => {
    expect(await errorCode(parseFile({ name: 'report.exe', bytes: new Uint8Array([0x4d, 0x5a]) }))).toBe(
      'UNSUPPORTED_FORMAT',
    );
  });
  it('names the file, its extension and the supported ones', async () => {
    await expect(parseFile({ name: 'report.exe', bytes: new Uint8Array() })).rejects.toThrow(
      'report.exe: unsupported format (.exe); Folio imports .txt .md .markdown .mdx .html .htm .xhtml .pdf .docx .yml .yaml .xml',
    );
  });
  it('rejects random bytes named .txt with UNSUPPORTED_FORMAT', async () => {
    expect(await errorCode(parseFile({ name: 'noise.txt', bytes: randomBytes(4096) }))).toBe('UNSUPPORTED_FORMAT');
  });
  it('rejects NUL-laden binary named .md with UNSUPPORTED_FORMAT', async () => {
    const bytes = new Uint8Array([
      0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 0x02, 0, 0x41, 0x42, 0x43, 0, 0, 0xff, 0x10, 0x11,
    ]);
    expect(await errorCode(parseFile({ name: 'x.md', bytes }))).toBe('UNSUPPORTED_FORMAT');
  });
  it('rejects YAML that is not YamlMime:FAQ with UNSUPPORTED_FORMAT', async () => {
    const bytes = new TextEncoder().encode('name: build\non: push\n');
    expect(await errorCode(parseFile({ name: 'ci.yml', bytes }))).toBe('UNSUPPORTED_FORMAT');
  });
  it('rejects a corrupt PDF with DECODE_FAILED', async () => {
    expect(await errorCode(parseFile({ name: 'broken.pdf', bytes: randomBytes(512) }))).toBe('DECODE_FAILED');
  });
  it('rejects a corrupt DOCX with DECODE_FAILED', async () => {
    expect(await errorCode(parseFile({ name: 'broken.docx', bytes: randomBytes(512) }))).toBe('DECODE_FAILED');
  });
});

describe('supported extensions', () => {
  it('are lower-case and start with a dot', () => {
    expect(supportedExtensions.every((e) => /^\.[a-z]+$/.test(e))).toBe(true);
  });
  it('match case-insensitively and ignore folders', () => {
    expect(isSupportedFile('/tmp/a/Notice.HTML')).toBe(true);
    expect(isSupportedFile('setup.exe')).toBe(false);
    expect(isSupportedFile('README')).toBe(false);
  });
});
