import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faq, openTestLibrary, section, type TestLibrary } from './helpers';

let lib: TestLibrary;
beforeAll(() => {
  lib = openTestLibrary({ persist: false });
  lib.add({
    title: 'Gateway guide',
    passages: [
      section('Scattered', 'The window applies per key. Each key has a burst that the gateway checks.'),
      section('Together', 'Each key has a burst window; the gateway checks it.'),
      section('Body only', 'Some text about the gateway, then the quota, then more about the gateway.'),
      section('Quota', 'Unrelated text.'),
      section('Apart', 'Set the rate per key; the limit is shared.'),
      section('Adjacent', 'Set a rate limit per key.'),
    ],
  });
  lib.add({ title: 'Quota handbook', passages: [section('Overview', 'How quota works in the gateway.')] });
  lib.add({ title: 'Help', passages: [faq('How is quota counted?', 'Per gateway key.')] });
});
afterAll(() => lib.close());

const order = (q: string) => lib.engine.search({ query: q, limit: 10 }).hits.map((h) => h.title);

describe('ranking', () => {
  it('puts the passage with the words as a phrase above one with them apart', () => {
    expect(order('burst window').slice(0, 2)).toEqual(['Together', 'Scattered']);
  });
  it('finds the words of a multi-word synonym apart too, adjacent first', () => {
    expect(order('rate limit')).toEqual(['Adjacent', 'Apart']);
  });
  it('puts a title match above a body match', () => {
    expect(order('quota')[0]).toBe('Quota');
  });
  it('ranks a passage of a document whose title has the words above an equal one elsewhere', () => {
    const hits = order('quota gateway');
    expect(hits.indexOf('Overview')).toBeLessThan(hits.indexOf('Body only'));
  });
  it('answers an empty query with nothing, quietly', () => {
    expect(lib.engine.search({ query: '   ' })).toEqual({
      hits: [],
      mode: 'none',
      terms: [],
      didYouMean: [],
      partial: false,
      notices: [],
    });
  });
  it('scores higher hits higher', () => {
    const scores = lib.engine.search({ query: 'gateway' }).hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
