import { describe, expect, it } from 'vitest';
import { stripLiquid } from '../../../electron/core/ingest/clean/liquid';
import { expandMacros } from '../../../electron/core/ingest/clean/macros';
import { detectLang } from '../../../electron/core/ingest/lang';
import { findDocNumbers, findRelations, isoDate } from '../../../electron/core/ingest/metadata';
import { clauseTitle } from '../../../electron/core/ingest/structure/articles-en';
import { checkSequence } from '../../../electron/core/ingest/structure/numbering';
import { chineseToInt, romanToInt } from '../../../electron/core/text/numerals';

describe('numerals', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['xix', 19],
  ])('reads Roman %s as %i', (roman, value) => {
    expect(romanToInt(roman)).toBe(value);
  });
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十', 120],
    ['二百三十四', 234],
    ['一千零一', 1001],
  ])('reads Chinese %s as %i', (zh, value) => {
    expect(chineseToInt(zh)).toBe(value);
  });
  it('rejects non-numerals', () => {
    expect(romanToInt('ABC')).toBeUndefined();
    expect(chineseToInt('第一')).toBeUndefined();
  });
});

describe('numbering warnings', () => {
  it('accepts 1, 2, 2-1, 3', () => {
    expect(checkSequence('articles', ['1', '2', '2-1', '3'])).toEqual([]);
  });
  it('reports a repeat', () => {
    expect(checkSequence('articles', ['1', '2', '2'])).toEqual([
      'articles: 2 appears more than once',
      'articles go back from 2 to 2',
    ]);
  });
  it('accepts gaps between CFR sections (reserved sections are normal)', () => {
    expect(checkSequence('sections', ['1005.2', '1005.3', '1005.7'])).toEqual([]);
  });
});

describe('metadata', () => {
  it('normalises document numbers', () => {
    expect(findDocNumbers('see 银发〔2021〕237号 and Yinfa [2026] No. 42 and REGULATION (EU) 2016/679')).toEqual([
      '银发〔2021〕237号',
      'Yinfa [2026] No. 42',
      'Regulation (EU) 2016/679',
    ]);
  });
  it('reads 同时废止 with a number as a repeal', () => {
    expect(findRelations(['本通知自发布之日起施行。《通知》（银发〔2021〕237号）同时废止。'], '')).toEqual([
      { type: 'repeals', target: '银发〔2021〕237号' },
    ]);
  });
  it('reads 同时废止 without a number as a repeal of the named title', () => {
    expect(findRelations(['本办法自2020年1月1日起施行，《旧办法》同时废止。'], '')).toEqual([
      { type: 'repeals', target: '《旧办法》' },
    ]);
  });
  it.each([
    ['2026-01-20', '2026-01-20'],
    ['2003年12月27日', '2003-12-27'],
    ['of 27 April 2016', '2016-04-27'],
    ['April 27, 2016', '2016-04-27'],
  ])('reads the date %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });
  it('detects Chinese and English', () => {
    expect(detectLang('中华人民共和国中国人民银行法 API')).toBe('zh');
    expect(detectLang('Rate limits protect the API 限流')).toBe('en');
  });
});

describe('clause titles', () => {
  it('takes a short title-case first sentence', () => {
    expect(clauseTitle('Inter-agency Coordination. The bank will act.')).toEqual({
      title: 'Inter-agency Coordination.',
      body: 'The bank will act.',
    });
  });
  it('refuses a first sentence that is a statement', () => {
    expect(clauseTitle('Virtual currency does not possess legal status. More text.')).toBeUndefined();
  });
});

describe('markup clean-up', () => {
  it('keeps the first branch of nested Liquid conditionals', () => {
    expect(stripLiquid('a{% if x %}b{% if y %}c{% else %}d{% endif %}e{% else %}f{% endif %}g')).toBe('abceg');
  });
  it('leaves an unterminated Liquid tag as text', () => {
    expect(stripLiquid('a {% oops')).toBe('a {% oops');
  });
  it('drops argument-less KumaScript macros', () => {
    expect(expandMacros('x{{Specifications}}y')).toBe('xy');
  });
});
