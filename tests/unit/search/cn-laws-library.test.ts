import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../../electron/core/import/collect-files';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { createSearchEngine, type FolioSearchEngine } from '../../../electron/core/search/create-engine';
import { boundQuery } from '../../../electron/core/search/query/bound';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { maxQueryTerms } from '../../../shared/limits';
import { SearchResultSchema } from '../../../shared/model';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { openTestLibrary, type TestLibrary } from './helpers';

/**
 * Random queries per run. 20,000 (the issue's figure) took 247 s on the shared 2-core
 * machine (2,000 take about 35 s), so CI runs 2,000 and FOLIO_PROPERTY_RUNS=20000 runs the
 * full count.
 */
const propertyRuns = Number(process.env.FOLIO_PROPERTY_RUNS ?? 2000);

/** Semantics, not timing: the oracle comparisons must not be cut short by a busy machine. */
const noRush = 120_000;

describe.skipIf(!hasCorpus)(
  `search over the whole cn-laws library (${hasCorpus ? 'corpus present' : noCorpusReason})`,
  () => {
    let lib: TestLibrary;
    let patient: FolioSearchEngine;
    beforeAll(async () => {
      lib = openTestLibrary({ persist: false });
      const { files } = await collectFiles([corpusPath('cn-laws')]);
      const { changedDocIds } = await importFiles(lib.db, fromDisk(files));
      lib.engine.documentsChanged(changedDocIds);
      patient = createSearchEngine(lib.db, { dataDir: null, timeBudgetMs: noRush });
    }, 180_000);
    afterAll(() => lib?.close());

    /** Passage IDs whose text or title contains `q` as written (LIKE, `%` and `_` escaped). */
    const oracle = (q: string) =>
      (
        lib.db
          .prepare(
            `SELECT p.id FROM passages p JOIN documents d ON d.current_version_id = p.version_id
             WHERE p.text LIKE @like ESCAPE '\\' OR p.title LIKE @like ESCAPE '\\'`,
          )
          .all({ like: `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` }) as { id: string }[]
      )
        .map((r) => r.id)
        .sort();
    const found = (q: string) =>
      patient
        .search({ query: q, limit: 5000 })
        .hits.map((h) => h.passageId)
        .sort();

    it.each(['法\u0301', '法\uFE0F'])('answers %j (once an endless loop) with the passages holding 法', (q) => {
      expect(lib.engine.search({ query: q }).terms).toEqual(['法']);
    });
    it('answers 中国\\u0332人民银行 (once an endless loop) with the People’s Bank of China Law first', () => {
      expect(lib.engine.search({ query: '中国\u0332人民银行' }).hits[0]?.docTitle).toBe('中华人民共和国中国人民银行法');
    });

    it.each([
      '2020年1月',
      '国家A级',
      '绿色GDP',
      '30%',
      '5%',
      '1月1日',
      '100万元',
      'B级风险',
      '1.5%',
      '中华人民共和国中国人民银行法',
    ])('finds exactly the passages holding %s as written (the LIKE oracle)', (q) => {
      expect(found(q)).toEqual(oracle(q));
    });
    it('does not take a bare 30 for an article number: every hit holds "30" in its text or title', () => {
      const hits = patient.search({ query: '30', limit: 5000 }).hits.map((h) => h.passageId);
      const holding = new Set(oracle('30'));
      expect(hits.filter((id) => !holding.has(id))).toEqual([]);
    });
    it('takes 第三十条 for article 30', () => {
      const numbers = new Set(lib.engine.search({ query: '第三十条', limit: 50 }).hits.map((h) => h.number));
      expect([...numbers]).toEqual(['30']);
    });

    it('finds the article a pasted 300-character span citing 依照本法第X条 comes from, first', () => {
      const articles = lib.db
        .prepare(
          `SELECT p.id, p.text FROM passages p JOIN documents d ON d.current_version_id = p.version_id
           WHERE p.text LIKE '%依照本法第%条%' AND length(p.text) >= 300 ORDER BY p.seq LIMIT 8`,
        )
        .all() as { id: string; text: string }[];
      const firstIds = articles.map((a) => lib.engine.search({ query: a.text.slice(0, 300) }).hits[0]?.passageId);
      expect([articles.length, firstIds]).toEqual([8, articles.map((a) => a.id)]);
    });

    it(`answers ${propertyRuns} random-Unicode queries within the caps, never throwing`, () => {
      const hostile = [
        '\u0301',
        '\u0332',
        '\uFE0F',
        '\uFE0E',
        '\u200D',
        '\uD800',
        '\uDC00',
        '法',
        '中国',
        '人民银行',
        '第十条',
        '第',
        'A',
        '30%',
        '2020年',
        '"',
        '*',
        '-',
        'OR',
        'NEAR(',
        'kind:',
        'doc:',
        '(',
        ')',
        ':',
        '^',
        ' ',
      ];
      const query = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.constantFrom(...hostile), { maxLength: 20 }).map((a) => a.join('')),
        fc.tuple(fc.constantFrom(...hostile), fc.integer({ min: 1, max: 3000 })).map(([piece, n]) => piece.repeat(n)),
      );
      const limit = 20;
      fc.assert(
        fc.property(query, (q) => {
          const result = SearchResultSchema.parse(lib.engine.search({ query: q, limit }));
          const bounded = boundQuery(parseQuery(q)).parsed;
          const terms =
            bounded.groups.reduce((n, g) => n + g.terms.length, 0) +
            bounded.excluded.length +
            bounded.filters.docs.length;
          return result.hits.length <= limit && terms <= maxQueryTerms;
        }),
        { numRuns: propertyRuns },
      );
    }, 900_000);
  },
);
