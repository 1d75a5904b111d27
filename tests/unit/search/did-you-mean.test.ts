import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../../electron/core/search/suggest/vocab-speller';
import { openTestLibrary, section, type TestLibrary } from './helpers';

describe('edit distance', () => {
  it('counts a substitution as one edit', () => {
    expect(editDistance('stablecoim', 'stablecoin')).toBe(1);
  });
  it('counts swapped neighbours as one edit', () => {
    expect(editDistance('tokne', 'token')).toBe(1);
  });
  it('counts insertions and deletions', () => {
    expect(editDistance('kyc', 'kycc') + editDistance('kycc', 'kyc')).toBe(2);
  });
  it('allows two edits from seven letters on and one below', () => {
    expect([allowedEdits(6), allowedEdits(7)]).toEqual([1, 2]);
  });
});

describe('did you mean, from passage bodies', () => {
  let lib: TestLibrary;
  beforeAll(() => {
    lib = openTestLibrary({ persist: false });
    lib.add({
      title: 'Notice on virtual currency',
      passages: [
        section('One', 'A stablecoin pegged to fiat money is a virtual currency.'),
        section('Two', 'Issuing a stablecoin needs approval; tokenization of assets is banned.'),
        section('Three', 'Tokenization platforms must close. Mining rectification continues.'),
        section('Four', 'The quixotry of one passage only.'),
      ],
    });
  });
  afterAll(() => lib.close());

  const meant = (q: string) => lib.engine.search({ query: q }).didYouMean;

  it('respells a word found only in passage bodies', () => {
    expect(meant('stablecoim')[0]).toBe('stablecoin');
  });
  it('respells to the form the passages use, not the index stem', () => {
    expect(meant('tokanization')[0]).toBe('tokenization');
  });
  it('keeps filters as typed', () => {
    expect(meant('stablecoim kind:faq')[0]).toBe('stablecoin kind:faq');
  });
  it('does not offer a word found in one passage only', () => {
    expect(meant('quixotrx')).toEqual([]);
  });
  it('offers nothing when the search finds passages', () => {
    expect(meant('stablecoin')).toEqual([]);
  });
});
