import { describe, expect, it } from 'vitest';
import { cjkTokens, toIndexText } from '../../../electron/core/text/index-text';

describe('cjkTokens', () => {
  it('emits overlapping bigrams and the final character', () => {
    expect(cjkTokens('反洗钱法')).toEqual(['反洗', '洗钱', '钱法', '法']);
  });
  it('keeps a single character as itself', () => {
    expect(cjkTokens('法')).toEqual(['法']);
  });
});

describe('toIndexText', () => {
  it('separates Han runs from Latin words', () => {
    expect(toIndexText('API限流').trim().split(/\s+/)).toEqual(['API', '限流', '流']);
  });
  it('folds full-width Latin letters and digits', () => {
    expect(toIndexText('４２９').trim()).toBe('429');
  });
});
