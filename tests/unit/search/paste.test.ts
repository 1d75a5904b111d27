import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pastedText, pastePhrases } from '../../../electron/core/search/paste/phrases';
import { amlLaw, apiFaq, pbocLaw } from './fixtures';
import { openTestLibrary, type TestLibrary } from './helpers';

describe('pastedText', () => {
  it('leaves a typed query alone', () => {
    expect(pastedText('how can I avoid going over the rate limit?')).toBeNull();
  });
  it('leaves a word repeated many times alone (no passage)', () => {
    expect(pastedText('a '.repeat(5000))).toBeNull();
  });
  it('leaves a long query with filters alone', () => {
    expect(
      pastedText(`kind:faq ${'金融机构应当按照规定建立客户尽职调查制度不得为身份不明的客户提供服务或者与其进行交易'}`),
    ).toBeNull();
  });
  it('takes a long, varied paragraph for a paste', () => {
    const text = '金融机构应当按照规定建立客户尽职调查制度。金融机构不得为身份不明的客户提供服务或者与其进行交易';
    expect(pastedText(text)).toBe(text);
  });
});

describe('pastePhrases', () => {
  it('cuts Chinese runs into phrases of eight characters, a short tail of four or more kept', () => {
    expect(pastePhrases('中国人民银行依法独立执行货币政策，履行职责')).toEqual([
      '中国人民银行依法',
      '独立执行货币政策',
      '履行职责',
    ]);
  });
  it('cuts English into phrases of four words, never all stop words', () => {
    expect(pastePhrases('Caching responses reduces the number of requests sent upstream and it is')).toEqual([
      'Caching responses reduces the',
      'number of requests sent',
      'upstream and it is',
    ]);
  });
});

describe('paste to find', () => {
  let lib: TestLibrary;
  beforeAll(() => {
    lib = openTestLibrary({ persist: false });
    lib.add({ title: '中华人民共和国反洗钱法', lang: 'zh', passages: amlLaw });
    lib.add({ title: '中华人民共和国中国人民银行法', lang: 'zh', passages: pbocLaw });
    lib.add({ title: 'API FAQ', lang: 'en', passages: apiFaq });
  });
  afterAll(() => lib.close());

  it('finds the article a pasted Chinese paragraph comes from, first', () => {
    const result = lib.engine.search({
      query: '金融机构应当按照规定建立客户尽职调查制度。金融机构不得为身份不明的客户提供服务或者与其进行交易，',
    });
    expect([result.hits[0]?.docTitle, result.hits[0]?.number, result.notices[0]?.code]).toEqual([
      '中华人民共和国反洗钱法',
      '29',
      'passage-lookup',
    ]);
  });
  it('finds the source of a paste that cites 第三条, first (the reference is text, not a clause lookup)', () => {
    const result = lib.engine.search({
      query:
        '依照第三条，反洗钱工作应当贯彻落实党和国家路线方针政策、决策部署，坚持总体国家安全观，完善监督管理体制机制',
    });
    expect([result.hits[0]?.number, result.notices[0]?.code]).toEqual(['3', 'passage-lookup']);
  });
  it('finds the FAQ entry a pasted English sentence comes from, first', () => {
    const result = lib.engine.search({
      query: 'A 429 Too Many Requests response means the client sent too many requests; wait for Retry-After.',
    });
    expect(result.hits[0]?.title).toBe('How do I fix a 429 error?');
  });
  it('searches the words as usual when no passage holds the paste', () => {
    const result = lib.engine.search({
      query: 'Quarterly reports describe harvest yields across several northern provinces and their rivers',
    });
    expect(result.notices.some((n) => n.code === 'passage-lookup')).toBe(false);
  });
});
