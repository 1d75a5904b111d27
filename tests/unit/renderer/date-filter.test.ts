import { describe, expect, test } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { readDateFilter, withDateFilter } from '../../../renderer/src/search/filters';
import { noticeWords } from '../../../renderer/src/search/notice-words';

describe('the date controls write and read the query', () => {
  test('both ends give a range before the words', () => {
    expect(withDateFilter('反洗钱 第十条', { from: '2020', to: '2024-06' })).toBe('date:2020..2024-06 反洗钱 第十条');
  });
  test('only a start gives a range open at the end', () => {
    expect(withDateFilter('rate limits', { from: '2021-03', to: '' })).toBe('date:2021-03.. rate limits');
  });
  test('only an end gives a range open at the start', () => {
    expect(withDateFilter('', { from: '', to: '2019-12-31' })).toBe('date:..2019-12-31');
  });
  test('the same start and end give one period', () => {
    expect(withDateFilter('', { from: '2024', to: '2024' })).toBe('date:2024');
  });
  test('setting it again replaces the old value; other filters stay as typed', () => {
    expect(withDateFilter('kind:article date:2010.. 洗钱', { from: '2020', to: '' })).toBe(
      'date:2020.. kind:article 洗钱',
    );
  });
  test('two empty ends remove it', () => {
    expect(withDateFilter('date:2020..2024 洗钱', { from: '', to: '' })).toBe('洗钱');
  });
  test.each([
    ['date:2020..2024 洗钱', { from: '2020', to: '2024' }],
    ['洗钱 date:2021-03..', { from: '2021-03', to: '' }],
    ['date:..2019-12-31', { from: '', to: '2019-12-31' }],
    ['date:2024', { from: '2024', to: '2024' }],
    ['DATE:2024 words', { from: '2024', to: '2024' }],
    ['date:2010 date:2020', { from: '2020', to: '2020' }],
    ['update:2024 words', { from: '', to: '' }],
    ['no filter', { from: '', to: '' }],
  ])('%j reads back as %j', (query, ends) => {
    expect(readDateFilter(query)).toEqual(ends);
  });
  test('what the controls write, they read back', () => {
    for (const ends of [
      { from: '2020', to: '2024' },
      { from: '2021-03', to: '' },
      { from: '', to: '2019-12-31' },
      { from: '2024-02-29', to: '2024-02-29' },
    ]) {
      expect(readDateFilter(withDateFilter('kind:faq words', ends))).toEqual(ends);
    }
  });
});

describe('a date: value that is no date', () => {
  test('is worded in English', () => {
    expect(noticeWords(initI18n('en').t, { code: 'date-ignored', value: 'soon' })).toBe(
      'Left out date:soon, which is not a date: write a year, a month or a date, or a range such as date:2020..2024.',
    );
  });
  test('is worded in Chinese', () => {
    expect(noticeWords(initI18n('zh').t, { code: 'date-ignored', value: '2024-13' })).toBe(
      '已忽略 date:2024-13，它不是日期：请写年份、年月或日期，或范围如 date:2020..2024。',
    );
  });
});
