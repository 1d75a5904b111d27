import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, faq, openTestLibrary, type TestLibrary } from './helpers';

let lib: TestLibrary;
beforeAll(() => {
  lib = openTestLibrary({ persist: false });
  lib.add({
    title: 'Notice on virtual currency',
    docNumber: 'Yinfa [2026] No. 42',
    relations: [{ type: 'repeals', target: 'Yinfa [2021] No. 237' }],
    passages: [article('1', 'Virtual currency is not legal tender; stablecoin issuance is banned.')],
  });
  lib.add({
    title: 'Old notice on virtual currency',
    docNumber: 'Yinfa [2021] No. 237',
    passages: [article('1', 'Virtual currency trading is illegal financial activity.')],
  });
  lib.add({
    title: 'API FAQ',
    passages: [
      faq('What is a virtual currency API?', 'An API for virtual currency prices, with rate limits.'),
      faq('What are sandbox keys?', 'Sandbox keys are for tests; production keys for live data.'),
    ],
  });
  lib.add({
    title: '虚拟货币通知',
    lang: 'zh',
    passages: [article('1', '虚拟货币 virtual currency 不具有法定货币地位。')],
  });
});
afterAll(() => lib.close());

const titles = (q: string) =>
  lib.engine
    .search({ query: q, limit: 50 })
    .hits.map((h) => `${h.docTitle}#${h.number ?? h.title}`)
    .sort();

describe('query filters', () => {
  it('kind:faq keeps FAQ entries only', () => {
    expect(titles('virtual currency kind:faq')).toEqual(['API FAQ#What is a virtual currency API?']);
  });
  it('kind:article keeps articles only', () => {
    expect(titles('virtual currency kind:article')).toEqual([
      'Notice on virtual currency#1',
      'Old notice on virtual currency#1',
      '虚拟货币通知#1',
    ]);
  });
  it('doc: keeps documents whose title has the words', () => {
    expect(titles('currency doc:old')).toEqual(['Old notice on virtual currency#1']);
  });
  it('lang:zh keeps Chinese documents', () => {
    expect(titles('virtual currency lang:zh')).toEqual(['虚拟货币通知#1']);
  });
  it('status:repealed keeps documents another one repeals', () => {
    expect(titles('virtual currency status:repealed')).toEqual(['Old notice on virtual currency#1']);
  });
  it('status:in-force leaves repealed documents out', () => {
    expect(titles('virtual currency kind:article status:in-force')).toEqual([
      'Notice on virtual currency#1',
      '虚拟货币通知#1',
    ]);
  });
  it('-word leaves out passages holding it', () => {
    expect(titles('keys -sandbox')).toEqual([]);
  });
  it('OR finds either word', () => {
    expect(titles('stablecoin OR sandbox')).toEqual(['API FAQ#What are sandbox keys?', 'Notice on virtual currency#1']);
  });
  it('a prefix finds the words it begins', () => {
    expect(titles('stableco*')).toEqual(['Notice on virtual currency#1']);
  });
  it('a quoted phrase needs the words together', () => {
    expect(titles('"legal tender"')).toEqual(['Notice on virtual currency#1']);
  });
  it('filters alone find nothing and say why', () => {
    expect(lib.engine.search({ query: 'kind:faq' })).toEqual({
      hits: [],
      mode: 'none',
      terms: [],
      didYouMean: [],
      partial: false,
      notices: [{ code: 'nothing-to-search' }],
    });
  });
});
