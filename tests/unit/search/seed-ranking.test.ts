import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { seedPath } from '../../support/corpus';
import { openTestLibrary, type TestLibrary } from './helpers';

let lib: TestLibrary;
beforeAll(async () => {
  lib = openTestLibrary({ persist: false });
  const { changedDocIds } = await importFiles(lib.db, fromDisk([seedPath]));
  lib.engine.documentsChanged(changedDocIds);
});
afterAll(() => lib.close());

const top = (query: string, n: number) => lib.engine.search({ query, limit: n }).hits;

describe('ranking on the seed library', () => {
  it('puts the FAQ "What are API rate limits?" first for "rate limit"', () => {
    expect(top('rate limit', 1)[0]?.title).toBe('What are API rate limits?');
  });
  it('puts the FAQ on production API keys first for "production keys"', () => {
    expect(top('production keys', 1)[0]?.title).toBe('Why are production API keys important?');
  });
  it('has the notice\'s article 1 within the first three for "stablecoin"', () => {
    expect(top('stablecoin', 3).some((h) => h.kind === 'article' && h.number === '1')).toBe(true);
  });
  it('puts article 2 first for "tokenization of real-world assets"', () => {
    const hit = top('tokenization of real-world assets', 1)[0];
    expect([hit?.kind, hit?.number]).toEqual(['article', '2']);
  });
  it('answers a question typed in plain language by falling back to any word', () => {
    const result = lib.engine.search({ query: 'how can I avoid going over the rate limit?' });
    expect([result.mode, result.hits[0]?.title]).toEqual(['any', 'How can I avoid exceeding API rate limits?']);
  });
  it('says why it fell back', () => {
    const result = lib.engine.search({ query: 'how can I avoid going over the rate limit?' });
    expect(result.notices).toEqual([{ code: 'any-word-fallback', allWordsHits: 1 }]);
  });
  it('drops stop words from the terms', () => {
    expect(lib.engine.search({ query: 'what are the production keys' }).terms).toEqual(['production', 'keys']);
  });
  it('folds plurals: "limits" and "limit" find the same passages', () => {
    const ids = (q: string) =>
      lib.engine
        .search({ query: q, limit: 100 })
        .hits.map((h) => h.passageId)
        .sort();
    expect(ids('caching limits')).toEqual(ids('caching limit'));
  });
  it('reports which fields and terms matched', () => {
    const hit = top('production keys', 1)[0]!;
    expect(hit.matched).toEqual({ fields: ['title', 'body'], terms: ['production', 'keys'] });
  });
});
