import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/ingest/decode';

const traditional =
  '第一條 為規範金融機構之業務，保障存款人權益，特制定本法。\n第二條 本法所稱主管機關為金融監督管理委員會。\n';
const japanese =
  '第一条 この法律は、金融機関の業務の健全かつ適切な運営を確保し、預金者等の保護を図ることを目的とする。\n';
/** No ASCII at all, and 一 (U+4E00) puts a NUL byte in the UTF-16: the case that was refused as binary. */
const pureChinese = '第一条为了规范金融机构的业务保护存款人的合法权益制定本法。本法所称主管机关为中国人民银行。';

describe('legacy East Asian encodings', () => {
  it('reads Big5 as Big5, not as GB18030 mojibake', () => {
    const decoded = decodeText('law.txt', iconv.encode(traditional, 'big5'));
    expect(decoded).toEqual({
      text: traditional,
      encoding: 'big5',
      warnings: ['law.txt: decoded as Big5 (not valid UTF-8)'],
    });
  });

  it('reads Shift-JIS as Shift-JIS', () => {
    const decoded = decodeText('law.txt', iconv.encode(japanese, 'shift_jis'));
    expect(decoded).toEqual({
      text: japanese,
      encoding: 'shift_jis',
      warnings: ['law.txt: decoded as Shift-JIS (not valid UTF-8)'],
    });
  });

  it('still reads GB18030 as GB18030', () => {
    expect(decodeText('law.txt', iconv.encode(pureChinese, 'gb18030'))).toMatchObject({
      text: pureChinese,
      encoding: 'gb18030',
    });
  });

  it('refuses bytes no encoding reads cleanly, saying what to do', () => {
    const bytes = Buffer.concat([Buffer.from('Hello '), Buffer.from([0xff, 0xff, 0x80]), Buffer.from(' world')]);
    expect(() => decodeText('bad.txt', bytes)).toThrow(
      expect.objectContaining({ code: 'DECODE_FAILED', message: expect.stringMatching(/; save it as UTF-8$/) }),
    );
  });
});

describe('UTF-16 without a BOM', () => {
  it('reads pure Chinese UTF-16 LE', () => {
    expect(decodeText('law.txt', iconv.encode(pureChinese, 'utf-16le'))).toEqual({
      text: pureChinese,
      encoding: 'utf-16le',
      warnings: [],
    });
  });

  it('reads pure Chinese UTF-16 BE', () => {
    expect(decodeText('law.txt', iconv.encode(pureChinese, 'utf-16be'))).toMatchObject({
      text: pureChinese,
      encoding: 'utf-16be',
    });
  });
});

describe('a NUL byte', () => {
  const text = 'plain words and more plain words\n'.repeat(4_000);

  it('in the first 64 KB makes the file binary', () => {
    const bytes = Buffer.from(`a\0${text}`);
    expect(() => decodeText('x.txt', bytes)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });

  it('past the first 64 KB is handled the same way, not silently dropped', () => {
    const bytes = Buffer.from(`${text}\0tail`);
    expect(bytes.indexOf(0)).toBeGreaterThan(64 * 1024);
    expect(() => decodeText('x.txt', bytes)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });
});
