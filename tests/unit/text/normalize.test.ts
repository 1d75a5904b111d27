import { describe, expect, it } from 'vitest';
import { foldWidth, normalizeText } from '../../../electron/core/text/normalize';

describe('normalizeText', () => {
  it('turns CRLF and CR line endings into LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });
  it('removes BOM and zero-width characters', () => {
    expect(normalizeText('\uFEFFab\u200Bc')).toBe('abc');
  });
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
  });
});

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space without changing length', () => {
    const input = 'ＡＰＩ\u3000４２９';
    expect(foldWidth(input)).toBe('API 429');
    expect(foldWidth(input).length).toBe(input.length);
  });
});
