import { describe, expect, it } from 'vitest';
import { isWordAligned } from '../../../electron/core/search/rank/word-aligned';

const at = (text: string, term: string) => {
  const start = text.indexOf(term);
  return isWordAligned(text, start, start + term.length);
};

describe('word alignment of Chinese matches', () => {
  it('accepts a word between punctuation without a dictionary look-up', () => {
    expect(at('关于「央行」的规定', '央行')).toBe(true);
  });
  it('accepts a word at the start of the text followed by punctuation', () => {
    expect(at('央行，发布通知', '央行')).toBe(true);
  });
  it('accepts a word between Latin text and punctuation', () => {
    expect(at('API限流。', '限流')).toBe(true);
  });
  it('accepts a word the dictionary finds inside a run', () => {
    expect(at('中国人民银行发布通知', '发布')).toBe(true);
  });
  it('rejects a match straddling two words', () => {
    expect(at('中央行政机关', '央行')).toBe(false);
  });
  it('rejects a match with punctuation on one side only when it straddles a word', () => {
    expect(at('，中央行政机关', '央行')).toBe(false);
  });
});
