import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api';
import { firstPageHits, maxSearchHits, renderedSearchHits } from '../../../shared/limits';

describe('the renderer’s hit limits, declared with the others', () => {
  it('the first page is smaller than the most the renderer asks for, which the contract allows', () => {
    expect(firstPageHits).toBe(20);
    expect(renderedSearchHits).toBe(1000);
    expect(renderedSearchHits).toBeLessThanOrEqual(maxSearchHits);
  });

  it('a search asking for the renderer’s largest page passes the contract', () => {
    expect(contract.search.input.parse({ query: 'rate limit', limit: renderedSearchHits })).toEqual({
      query: 'rate limit',
      limit: 1000,
    });
  });
});
