import { describe, expect, it } from 'vitest';
import { DocumentCache } from '../../../electron/core/read-worker/document-cache';
import type { DocumentDetail } from '../../../shared/model';

const doc = (id: string): DocumentDetail => ({
  id,
  title: `Document ${id}`,
  lang: 'en',
  sourceName: `${id}.md`,
  version: 1,
  relations: [],
  passages: [{ id: `${id}-1`, kind: 'paragraph', text: 'Text.' }],
});

/** A read that counts how often the library is asked. */
function counted() {
  const reads: string[] = [];
  return { reads, read: (id: string) => () => (reads.push(id), doc(id)) };
}

describe('DocumentCache', () => {
  it('reads a document once while it stays among the last read', () => {
    const cache = new DocumentCache(2);
    const { reads, read } = counted();
    cache.get('a', read('a'));
    cache.get('b', read('b'));
    expect(cache.get('a', read('a'))).toEqual(doc('a'));
    expect(reads).toEqual(['a', 'b']);
  });

  it('drops the least recently used document when full', () => {
    const cache = new DocumentCache(2);
    const { reads, read } = counted();
    cache.get('a', read('a'));
    cache.get('b', read('b'));
    cache.get('a', read('a'));
    cache.get('c', read('c'));
    cache.get('b', read('b'));
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('reads again after it is cleared (the library changed)', () => {
    const cache = new DocumentCache(2);
    const { reads, read } = counted();
    cache.get('a', read('a'));
    cache.clear();
    cache.get('a', read('a'));
    expect(reads).toEqual(['a', 'a']);
  });
});
