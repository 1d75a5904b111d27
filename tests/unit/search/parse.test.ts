import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query/parse';

const word = (text: string) => ({ text, phrase: false, prefix: false });

describe('parseQuery', () => {
  it('makes each word a group of its own', () => {
    expect(parseQuery('rate limit').groups).toEqual([{ terms: [word('rate')] }, { terms: [word('limit')] }]);
  });
  it('keeps a quoted phrase whole', () => {
    expect(parseQuery('"too many  requests"').groups).toEqual([
      { terms: [{ text: 'too many requests', phrase: true, prefix: false }] },
    ]);
  });
  it('reads an unbalanced quote as running to the end', () => {
    expect(parseQuery('"rate limit').groups).toEqual([
      { terms: [{ text: 'rate limit', phrase: true, prefix: false }] },
    ]);
  });
  it('joins the words around OR into one group', () => {
    expect(parseQuery('429 OR throttling key').groups).toEqual([
      { terms: [word('429'), word('throttling')] },
      { terms: [word('key')] },
    ]);
  });
  it('moves -words to the excluded list', () => {
    expect(parseQuery('keys -sandbox').excluded).toEqual([word('sandbox')]);
  });
  it('marks a trailing star as a prefix', () => {
    expect(parseQuery('tokeni*').groups).toEqual([{ terms: [{ text: 'tokeni', phrase: false, prefix: true }] }]);
  });
  it('keeps a word mixing Latin and Han whole, as the text typed', () => {
    expect(parseQuery('API限流').groups).toEqual([
      { terms: [{ text: 'API限流', phrase: true, prefix: false, literal: true }] },
    ]);
  });
  it('keeps digits run together with Han whole (2020年1月)', () => {
    expect(parseQuery('2020年1月').groups).toEqual([
      { terms: [{ text: '2020年1月', phrase: true, prefix: false, literal: true }] },
    ]);
  });
  it('keeps a percentage whole, its sign included', () => {
    expect(parseQuery('30%').groups).toEqual([
      { terms: [{ text: '30%', phrase: true, prefix: false, literal: true }] },
    ]);
  });
  it('leaves a bare number an ordinary word', () => {
    expect(parseQuery('30').groups).toEqual([{ terms: [word('30')] }]);
  });
  it('searches the Han character a combining mark follows; the mark is no word of its own (法\u0301)', () => {
    expect(parseQuery('法\u0301').groups).toEqual([{ terms: [word('法')] }]);
  });
  it('reads the filters', () => {
    expect(parseQuery('kind:faq lang:zh status:repealed doc:GDPR key').filters).toEqual({
      kinds: ['faq'],
      docs: [word('GDPR')],
      langs: ['zh'],
      statuses: ['repealed'],
    });
  });
  it('keeps an unknown filter value as a word', () => {
    expect(parseQuery('kind:memo').groups).toEqual([{ terms: [word('kind:memo')] }]);
  });
  it('drops what holds no letters or digits', () => {
    expect(parseQuery('*** : "" - 😀').groups).toEqual([]);
  });
  it('folds full-width letters', () => {
    expect(parseQuery('ＡＰＩ').groups).toEqual([{ terms: [word('API')] }]);
  });
});
