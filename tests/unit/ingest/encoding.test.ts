import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { errorCode, fixture } from './helpers';

const original = fixture('pboc-law-excerpt.md');
const text = original.toString('utf8');
const parseAs = (bytes: Uint8Array) => parseFile({ name: 'law.md', bytes });
const documentsOf = async (bytes: Uint8Array) => (await parseAs(bytes)).documents;

describe('encodings', () => {
  it('reads UTF-8 with a BOM like UTF-8 without', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]);
    expect(await documentsOf(withBom)).toEqual(await documentsOf(original));
  });
  it('reads GBK (no BOM) like the UTF-8 original', async () => {
    expect(await documentsOf(iconv.encode(text, 'gbk'))).toEqual(await documentsOf(original));
  });
  it('reads GB18030 (no BOM) like the UTF-8 original', async () => {
    expect(await documentsOf(iconv.encode(text, 'gb18030'))).toEqual(await documentsOf(original));
  });
  it('warns that a file was decoded as GB18030', async () => {
    expect((await parseAs(iconv.encode(text, 'gbk'))).warnings).toEqual([
      'law.md: decoded as GB18030 (not valid UTF-8)',
    ]);
  });
  it('reads UTF-16 LE with a BOM like the UTF-8 original', async () => {
    expect(await documentsOf(iconv.encode(text, 'utf-16le', { addBOM: true }))).toEqual(await documentsOf(original));
  });
  it('reads UTF-16 BE with a BOM like the UTF-8 original', async () => {
    expect(await documentsOf(iconv.encode(text, 'utf-16be', { addBOM: true }))).toEqual(await documentsOf(original));
  });
  it('reads UTF-16 LE without a BOM by its NUL pattern', async () => {
    expect(await documentsOf(iconv.encode(text, 'utf-16le'))).toEqual(await documentsOf(original));
  });
  it('reads UTF-16 BE without a BOM by its NUL pattern', async () => {
    expect(await documentsOf(iconv.encode(text, 'utf-16be'))).toEqual(await documentsOf(original));
  });
  it('normalises CRLF line endings', async () => {
    const crlf = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
    expect(await documentsOf(crlf)).toEqual(await documentsOf(original));
  });
  it('fails with DECODE_FAILED on bytes neither UTF-8 nor GB18030 decode cleanly', async () => {
    const bytes = Buffer.concat([Buffer.from('Hello '), Buffer.from([0xff, 0xff, 0x80]), Buffer.from(' world')]);
    expect(await errorCode(parseFile({ name: 'bad.txt', bytes }))).toBe('DECODE_FAILED');
  });
  it('names the file in the DECODE_FAILED message', async () => {
    const bytes = Buffer.from([0x61, 0xff, 0xfe, 0xff, 0x62]);
    await expect(parseFile({ name: 'bad.md', bytes })).rejects.toThrow(/^bad\.md: /);
  });
});
