import { describe, expect, test } from 'vitest';
import { readFilters, withFilter } from '../../../renderer/src/search/filters';
import { docFilterValue } from '../../../renderer/src/search/SearchFilters';

describe('filter controls write the query language', () => {
  test('setting a filter puts it before the words', () => {
    expect(withFilter('rate limits', 'kind', 'faq')).toBe('kind:faq rate limits');
  });
  test('setting it again replaces the old value', () => {
    expect(withFilter('kind:faq rate limits', 'kind', 'article')).toBe('kind:article rate limits');
  });
  test('clearing it removes it and keeps the words as typed', () => {
    expect(withFilter('rate kind:faq limits', 'kind', null)).toBe('rate limits');
  });
  test('a value with spaces is quoted', () => {
    expect(withFilter('RWA', 'doc', 'Central Bank')).toBe('doc:"Central Bank" RWA');
  });
  test('a quoted value is replaced whole', () => {
    expect(withFilter('doc:"Central Bank" RWA', 'doc', 'WEEX')).toBe('doc:WEEX RWA');
  });
  test('other filters and exclusions are untouched', () => {
    expect(withFilter('lang:zh 虚拟货币 -稳定币', 'status', 'in-force')).toBe(
      'status:in-force lang:zh 虚拟货币 -稳定币',
    );
  });
  test('a filter on an empty query is the whole query', () => {
    expect(withFilter('', 'lang', 'zh')).toBe('lang:zh');
  });
  test('reading the controls back from the query', () => {
    expect(readFilters('doc:"Central Bank" kind:faq lang:en status:repealed words')).toEqual({
      doc: 'Central Bank',
      kind: 'faq',
      lang: 'en',
      status: 'repealed',
    });
  });
  test('a word that merely contains a filter name is not a filter', () => {
    expect(readFilters('mankind:faq')).toEqual({});
  });
  test('a document filter is the first eight words of the title, without quotes', () => {
    expect(docFilterValue('China’s Central Bank and Eight "Other" Departments’ Latest Regulatory Focus: Key')).toBe(
      'China’s Central Bank and Eight Other Departments’ Latest',
    );
  });
});
