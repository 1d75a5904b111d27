import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderByStatus } from '../../../electron/core/search/rank/status-order';
import { getDocument } from '../../../electron/core/store/read';
import type { SearchHit } from '../../../shared/model';
import { article, openTestLibrary, type TestLibrary } from '../search/helpers';

let lib: TestLibrary;
let oldId: string;
let newId: string;
beforeAll(() => {
  lib = openTestLibrary({ persist: false });
  oldId = lib.add({
    title: 'Old notice on virtual currency',
    docNumber: 'Yinfa [2021] No. 237',
    passages: [article('1', 'Virtual currency has no legal status as money.')],
  });
  newId = lib.add({
    title: 'New notice on virtual currency',
    docNumber: 'Yinfa [2026] No. 42',
    relations: [{ type: 'repeals', target: 'Yinfa [2021] No. 237' }],
    passages: [article('1', 'Virtual currency has no legal status as money.')],
  });
  lib.add({ title: 'API FAQ', passages: [article('1', 'Rate limits apply to every key.')] });
});
afterAll(() => lib.close());

function hit(docId: string, score: number): SearchHit {
  return {
    docId,
    docTitle: docId,
    passageId: `p-${docId}`,
    kind: 'article',
    snippet: '',
    highlights: [],
    score,
    matched: { fields: [], terms: [] },
  };
}

describe('repealed documents in search', () => {
  it('an in-force passage of equal relevance ranks above the repealed one, which is marked', () => {
    const hits = lib.engine.search({ query: 'virtual currency legal status' }).hits;
    expect(hits.map((h) => [h.docId, h.docStatus])).toEqual([
      [newId, undefined],
      [oldId, 'repealed'],
    ]);
  });

  it('a more relevant repealed passage keeps its place above a less relevant in-force one', () => {
    const ordered = orderByStatus(lib.db, {
      hits: [hit(oldId, 2), hit(newId, 1)],
      mode: 'all',
      terms: [],
      didYouMean: [],
      partial: false,
      notices: [],
    });
    expect(ordered.hits.map((h) => h.docId)).toEqual([oldId, newId]);
  });

  it('status:repealed alone lists the repealed documents', () => {
    const result = lib.engine.search({ query: 'status:repealed' });
    expect(result.hits.map((h) => [h.docTitle, h.docStatus])).toEqual([['Old notice on virtual currency', 'repealed']]);
  });

  it('status:in-force alone lists the documents in force', () => {
    const result = lib.engine.search({ query: 'status:in-force' });
    expect(result.hits.map((h) => h.docTitle)).toEqual(['New notice on virtual currency', 'API FAQ']);
  });
});

describe('a repealed notice, whichever is imported first', () => {
  for (const repealingFirst of [false, true]) {
    it(`is repealed and names the repealing notice (${repealingFirst ? 'repealing' : 'repealed'} one first)`, () => {
      const library = openTestLibrary({ persist: false });
      const repealed = () =>
        library.add({ title: 'Old', docNumber: 'Yinfa [2021] No. 237', passages: [article('1', 'a')] });
      const repealing = () =>
        library.add({
          title: 'New',
          docNumber: 'Yinfa [2026] No. 42',
          relations: [{ type: 'repeals', target: '银发〔2021〕237号' }],
          passages: [article('1', 'b')],
        });
      const [oldId, newId] = repealingFirst ? [repealing(), repealed()].reverse() : [repealed(), repealing()];
      const old = getDocument(library.db, oldId as string);
      const replacing = getDocument(library.db, newId as string);
      library.close();
      expect([old.status, old.relations, replacing.relations]).toEqual([
        'repealed',
        [{ type: 'repealed-by', target: 'Yinfa [2026] No. 42', targetDocId: newId }],
        [{ type: 'repeals', target: '银发〔2021〕237号', targetDocId: oldId }],
      ]);
    });
  }
});
