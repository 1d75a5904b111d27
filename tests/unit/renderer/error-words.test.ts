import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/src/api/errors';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { errorCodes, KbError } from '../../../shared/errors';

const en = initI18n('en').t;
const zh = initI18n('zh').t;

describe('errors in words', () => {
  it('every error code the core can return has words in English and Chinese', () => {
    const missing = errorCodes.flatMap((code) =>
      (['en', 'zh'] as const).filter((lang) => !(`errors.${code}` in catalog[lang])).map((lang) => `${lang}:${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('words READ_ONLY from its code, never the core’s English message', () => {
    const error = new KbError('READ_ONLY', 'The library in /data is read-only: it cannot be changed.');
    expect(describeError(error, en)).toBe(
      'This cannot be saved: the data is open read-only. Reading and searching still work.',
    );
  });

  it('words DISK_FULL in Chinese', () => {
    expect(describeError(new KbError('DISK_FULL', 'database or disk is full'), zh)).toBe(
      '磁盘已满。没有保存半截内容；请腾出空间后重试。',
    );
  });

  it('words PATH_NOT_ALLOWED without the path the core named', () => {
    const worded = describeError(new KbError('PATH_NOT_ALLOWED', 'Not allowed: /etc/passwd'), en);
    expect(worded).toBe('Folio may not read from that place. Choose the files again, or drop them here.');
  });

  it('keeps the core’s message as a detail where it helps (an import failure names its file)', () => {
    expect(describeError(new KbError('IMPORT_FAILED', 'a.docx: not a zip file'), en)).toBe(
      'The import failed. (a.docx: not a zip file)',
    );
  });

  it('an error that is not a KbError (a lost connection) is INTERNAL', () => {
    expect(describeError(new TypeError('Failed to fetch'), zh)).toBe('Folio 内部出错。（Failed to fetch）');
  });

  it('without a translator it falls back to the code and the message', () => {
    expect(describeError(new KbError('BUSY', 'locked'))).toBe('BUSY: locked');
  });
});
