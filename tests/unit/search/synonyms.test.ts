import { afterEach, describe, expect, it } from 'vitest';
import { defaultSynonyms } from '../../../electron/core/search/synonyms/defaults';
import { faq, openTestLibrary, type TestLibrary } from './helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

describe('synonyms', () => {
  it('starts with the built-in list', () => {
    lib = openTestLibrary();
    expect(lib.engine.getSynonyms()).toEqual(defaultSynonyms);
  });
  it('keeps a saved list across a restart', () => {
    lib = openTestLibrary();
    lib.engine.setSynonyms([['KYC', 'know your customer']]);
    lib.reopen();
    expect(lib.engine.getSynonyms()).toEqual([['KYC', 'know your customer']]);
  });
  it('cleans what it saves: trims, drops repeats and one-member groups', () => {
    lib = openTestLibrary();
    expect(
      lib.engine.setSynonyms([
        [' KYC ', 'KYC', 'know  your customer'],
        ['alone', 'alone'],
      ]),
    ).toEqual([['KYC', 'know your customer']]);
  });
  it('uses a saved group at query time', () => {
    lib = openTestLibrary();
    lib.add({ title: 'Bank FAQ', passages: [faq('Why know your customer?', 'Banks must identify clients.')] });
    lib.engine.setSynonyms([['KYC', 'know your customer']]);
    expect(lib.engine.search({ query: 'KYC' }).hits.map((h) => h.title)).toEqual(['Why know your customer?']);
  });
  it('expands a multi-word member typed as words', () => {
    lib = openTestLibrary();
    lib.add({ title: 'HTTP', passages: [faq('What does 429 mean?', 'The server answered 429.')] });
    expect(lib.engine.search({ query: 'too many requests' }).hits.map((h) => h.title)).toEqual(['What does 429 mean?']);
  });
  it('expands API key to its Chinese member', () => {
    lib = openTestLibrary();
    lib.add({ title: '网关', lang: 'zh', passages: [faq('如何创建 API 密钥？', '在控制台创建。')] });
    expect(lib.engine.search({ query: 'API key' }).hits.map((h) => h.title)).toEqual(['如何创建 API 密钥？']);
  });
});
