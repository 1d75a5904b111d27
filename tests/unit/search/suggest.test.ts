import { afterEach, describe, expect, it } from 'vitest';
import { amlLaw } from './fixtures';
import { faq, openTestLibrary, section, type TestLibrary } from './helpers';

let lib: TestLibrary;
afterEach(() => lib.close());

function library(): TestLibrary {
  const l = openTestLibrary();
  l.add({
    title: 'API Access FAQ',
    passages: [
      faq('What are API rate limits?', 'Caps on requests; the words stablecoin and tokenization live only here.'),
      section('Using Production API Keys', 'Live keys.'),
    ],
  });
  l.add({ title: '中华人民共和国反洗钱法', lang: 'zh', passages: amlLaw });
  return l;
}

const texts = (l: TestLibrary, prefix: string) => l.engine.suggest({ prefix }).map((s) => s.text);

describe('suggestions', () => {
  it('complete the last word as a prefix', () => {
    lib = library();
    expect(texts(lib, 'rate lim')).toEqual(['What are API rate limits?']);
  });
  it('tolerate a typo', () => {
    lib = library();
    expect(texts(lib, 'producton')).toEqual(['Using Production API Keys']);
  });
  it('find Chinese titles by a two-character word', () => {
    lib = library();
    expect(texts(lib, '洗钱')).toEqual(['中华人民共和国反洗钱法']);
  });
  it('offer a title shared by several documents once', () => {
    lib = library();
    lib.add({ title: '中华人民共和国反洗钱法', lang: 'zh', passages: amlLaw.slice(0, 2) });
    expect(texts(lib, '反洗钱')).toEqual(['中华人民共和国反洗钱法']);
  });
  it('say what they point at', () => {
    lib = library();
    expect(lib.engine.suggest({ prefix: 'rate lim' })[0]).toMatchObject({ kind: 'faq', docTitle: 'API Access FAQ' });
  });
  it('never come from passage bodies', () => {
    lib = library();
    expect(texts(lib, 'stablecoin')).toEqual([]);
  });
  it('are not loaded before the first suggestion', () => {
    lib = library();
    expect(lib.engine.suggestLoad()).toBe('not-loaded');
  });
  it('are loaded from the saved copy after a restart, not rebuilt', () => {
    lib = library();
    texts(lib, 'rate');
    lib.reopen();
    texts(lib, 'rate');
    expect(lib.engine.suggestLoad()).toBe('loaded');
  });
  it('catch up with documents changed while the index was not loaded', () => {
    lib = library();
    texts(lib, 'rate');
    lib.reopen();
    lib.add({ title: 'Caching Guide', passages: [section('Cache headers', 'Use ETag.')] });
    expect([texts(lib, 'cache'), lib.engine.suggestLoad()]).toEqual([['Cache headers'], 'updated']);
  });
  it('follow documentsChanged once loaded', () => {
    lib = library();
    texts(lib, 'rate');
    lib.add({ title: 'Caching Guide', passages: [section('Cache headers', 'Use ETag.')] });
    expect(texts(lib, 'cache')).toEqual(['Cache headers']);
  });
  it('rebuild a saved copy that is unreadable', () => {
    lib = library();
    texts(lib, 'rate');
    lib.db.prepare("UPDATE search_suggest_index SET data = '{broken'").run();
    lib.reopen();
    expect([texts(lib, 'rate lim'), lib.engine.suggestLoad()]).toEqual([['What are API rate limits?'], 'rebuilt']);
  });
  it('offer a correction when a search finds nothing', () => {
    lib = library();
    expect(lib.engine.search({ query: 'producton keyz' }).didYouMean[0]).toBe('production keys');
  });
});
