import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { cachedTranslate } from '../../../renderer/src/i18n/cached-translate';
import { initI18n } from '../../../renderer/src/i18n/i18n';

/** i18next's `t` for a language, counting how often it is asked. */
function countingT(language: 'en' | 'zh') {
  const t = initI18n(language).t;
  const calls = { n: 0 };
  const counted = ((...args: unknown[]) => {
    calls.n++;
    return (t as unknown as (...a: unknown[]) => unknown)(...args);
  }) as unknown as TFunction;
  return { t: counted, calls };
}

describe('cachedTranslate', () => {
  it('gives the wordings i18next gives: plain, plural and in Chinese', () => {
    expect(cachedTranslate(countingT('en').t)('search.count', { count: 1 })).toBe('1 result');
    expect(cachedTranslate(countingT('en').t)('search.count', { count: 7 })).toBe('7 results');
    expect(cachedTranslate(countingT('zh').t)('search.count', { count: 7 })).toBe('7 条结果');
  });

  it('asks i18next once for a wording asked for again with the same options', () => {
    const { t, calls } = countingT('en');
    const cached = cachedTranslate(t);
    for (let i = 0; i < 5; i++) cached('search.count', { count: 3 });
    cached('search.count', { count: 4 });
    expect(calls.n).toBe(2);
  });

  it('passes options holding objects straight to i18next every time', () => {
    const { t, calls } = countingT('en');
    const cached = cachedTranslate(t);
    cached('search.count', { count: 2, nested: { a: 1 } } as never);
    cached('search.count', { count: 2, nested: { a: 1 } } as never);
    expect(calls.n).toBe(2);
  });
});
