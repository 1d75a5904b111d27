import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../electron/core/search/create-engine';
import { boundQuery } from '../../../electron/core/search/query/bound';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { maxQueryChars, maxQueryTerms } from '../../../shared/limits';
import { SearchResultSchema } from '../../../shared/model';
import { amlLaw, apiFaq, pbocLaw } from './fixtures';
import { openTestLibrary, type TestLibrary } from './helpers';

let lib: TestLibrary;
beforeAll(() => {
  lib = openTestLibrary({ persist: false });
  lib.add({ title: '中华人民共和国反洗钱法', lang: 'zh', passages: amlLaw });
  lib.add({ title: '中华人民共和国中国人民银行法', lang: 'zh', passages: pbocLaw });
  lib.add({ title: 'API FAQ', lang: 'en', passages: apiFaq });
});
afterAll(() => lib.close());

/** Distinct made-up words: w0, w1, … (never stop words, never repeated). */
const distinctWords = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

describe('a Han character followed by a combining mark or variation selector (it used to hang)', () => {
  it('finds 法 for 法\\u0301', () => {
    const result = lib.engine.search({ query: '法\u0301' });
    expect(result.terms).toEqual(['法']);
  });
  it('finds 法 for 法\\uFE0F', () => {
    expect(lib.engine.search({ query: '法\uFE0F' }).terms).toEqual(['法']);
  });
  it('finds 中国人民银行 for 中国\\u0332人民银行 (the mark is no word)', () => {
    const result = lib.engine.search({ query: '中国\u0332人民银行' });
    expect([result.terms, result.hits[0]?.docTitle]).toEqual([['中国', '人民银行'], '中华人民共和国中国人民银行法']);
  });
  it('answers a mark alone with nothing to search', () => {
    expect(lib.engine.search({ query: '\u0301\uFE0F' }).hits).toEqual([]);
  });
});

describe('bounded query cost', () => {
  it('counts a word repeated 5,000 times once', () => {
    expect(boundQuery(parseQuery('rate '.repeat(5000))).parsed.groups).toEqual([
      { terms: [{ text: 'rate', phrase: false, prefix: false }] },
    ]);
  });
  it(`keeps at most ${maxQueryTerms} distinct terms and counts the rest as dropped`, () => {
    const bounded = boundQuery(parseQuery(distinctWords(100)));
    expect([bounded.parsed.groups.length, bounded.dropped]).toEqual([maxQueryTerms, 100 - maxQueryTerms]);
  });
  it('reduces "a " × 5,000 to one term, with nothing dropped', () => {
    const result = lib.engine.search({ query: 'a '.repeat(5000) });
    expect([result.terms, result.notices]).toEqual([['a'], []]);
  });
  it(`reduces a ${maxQueryChars}-character query to at most ${maxQueryTerms} terms and says words were dropped`, () => {
    const query = distinctWords(2000).slice(0, maxQueryChars);
    const result = lib.engine.search({ query });
    const dropped = result.notices.find((n) => n.code === 'terms-dropped');
    expect([result.terms.length <= maxQueryTerms, dropped?.code, dropped && 'kept' in dropped && dropped.kept]).toEqual(
      [true, 'terms-dropped', maxQueryTerms],
    );
  });
  it('says when the any-word fallback happened, as a code', () => {
    const result = lib.engine.search({ query: '反洗钱 货币政策' });
    expect([result.mode, result.notices]).toEqual(['any', [{ code: 'any-word-fallback', allWordsHits: 0 }]]);
  });
  it('returns what it has, marked partial, when the time budget is spent', () => {
    const engine = createSearchEngine(lib.db, { dataDir: null, timeBudgetMs: 0 });
    const result = engine.search({ query: '反洗钱' });
    expect([result.partial, result.hits.length, result.notices]).toEqual([
      true,
      1,
      [{ code: 'time-budget', budgetMs: 0 }],
    ]);
  });
  it('is not partial within its budget', () => {
    const result = lib.engine.search({ query: '反洗钱' });
    expect([result.partial, result.hits.length]).toEqual([false, 5]);
  });
  it('gives results that fit the API contract', () => {
    expect(() => SearchResultSchema.parse(lib.engine.search({ query: '反洗钱 货币政策' }))).not.toThrow();
  });
});
