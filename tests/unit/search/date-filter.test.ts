import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { SearchResultSchema } from '../../../shared/model';
import { corpusPath, hasCorpus, noCorpusReason, seedPath } from '../../support/corpus';
import { article, openTestLibrary, type TestLibrary } from './helpers';

/**
 * The seed page, five cn-laws files with known dates (see tests/unit/law/dates.test.ts) and
 * one undated guide, plus two hand-made documents telling the issued date from the effective one.
 */
const lawFiles = [
  ['经济法', '反洗钱法(2006-10-31).md'], // issued 2006-10-31
  ['经济法', '反洗钱法(2024-11-08).md'], // issued 2024-11-08
  ['行政法', '反间谍法(2014-11-01).md'], // issued 2014-11-01
  ['行政法', '反间谍法(2023-04-26).md'], // issued 2023-04-26
  ['部门规章', '公安部', '公安机关适用继续盘问规定(2004-07-12).md'], // issued 2004-07-12, in force 2004-10-01
  ['其他', '劳动仲裁和劳动诉讼的攻略.md'], // undated
];

describe.skipIf(!hasCorpus)(`the date: filter in search (${hasCorpus ? 'corpus present' : noCorpusReason})`, () => {
  let lib: TestLibrary;
  beforeAll(async () => {
    lib = openTestLibrary({ persist: false });
    const files = [seedPath, ...lawFiles.map((parts) => corpusPath('cn-laws', ...parts))];
    const { changedDocIds } = await importFiles(lib.db, fromDisk(files));
    lib.engine.documentsChanged(changedDocIds);
    lib.add({
      title: 'Rule in force from 2019',
      effectiveDate: '2019-06-01',
      passages: [article('1', 'Reporting thresholds for money transfers.')],
    });
    lib.add({
      title: 'Rule issued in 2018, in force in 2019',
      issuedDate: '2018-12-20',
      effectiveDate: '2019-02-01',
      passages: [article('1', 'Reporting thresholds for money transfers.')],
    });
  }, 60_000);
  afterAll(() => lib?.close());

  /** "Title date" of a document, its date as the filter reads it (issued, else effective). */
  const label = (docId: string): string => {
    const row = lib.db
      .prepare(
        `SELECT d.title, coalesce(json_extract(v.metadata, '$.issuedDate'), json_extract(v.metadata, '$.effectiveDate'), 'undated') AS date
         FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?`,
      )
      .get(docId) as { title: string; date: string };
    return `${row.title} ${row.date}`;
  };
  const search = (query: string) => lib.engine.search({ query, limit: 50 });
  /** The documents of the hits, each once, sorted. */
  const docs = (query: string) => [...new Set(search(query).hits.map((h) => label(h.docId)))].sort();

  it('date: alone lists the documents dated in that year, one hit each', () => {
    const result = search('date:2024');
    expect(result.hits.map((h) => label(h.docId))).toEqual(['中华人民共和国反洗钱法 2024-11-08']);
    expect(result.notices).toEqual([]);
  });

  it('a range open at the start lists everything dated up to its end', () => {
    expect(docs('date:..2010')).toEqual(['中华人民共和国反洗钱法 2006-10-31', '公安机关适用继续盘问规定 2004-07-12']);
  });

  it('a range open at the end lists everything dated from its start; undated documents are left out', () => {
    expect(docs('date:2023-04..')).toEqual([
      'WEEX Crypto News and the Dynamics of API Access 2026-01-20',
      '中华人民共和国反洗钱法 2024-11-08',
      '中华人民共和国反间谍法 2023-04-26',
    ]);
  });

  it('a document without an issued date is filtered by its effective date; one with both by the issued date', () => {
    expect(docs('date:2019 thresholds')).toEqual(['Rule in force from 2019 2019-06-01']);
    expect(docs('date:2018-12-20 thresholds')).toEqual(['Rule issued in 2018, in force in 2019 2018-12-20']);
  });

  it('with words, only passages of documents in range are found', () => {
    expect(docs('间谍')).toEqual(['中华人民共和国反间谍法 2014-11-01', '中华人民共和国反间谍法 2023-04-26']);
    expect(docs('间谍 date:2020..2024')).toEqual(['中华人民共和国反间谍法 2023-04-26']);
    expect(docs('间谍 date:2014')).toEqual(['中华人民共和国反间谍法 2014-11-01']);
  });

  it('an undated document is never in a range, however wide', () => {
    expect(docs('virtual currency')).toEqual([
      "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk undated",
    ]);
    expect(docs('virtual currency date:1000..2999')).toEqual([]);
    expect(docs('API date:2026')).toEqual(['WEEX Crypto News and the Dynamics of API Access 2026-01-20']);
  });

  it('a clause number is looked for only in documents in range', () => {
    expect(docs('第十条 date:..2010')).toEqual([
      '中华人民共和国反洗钱法 2006-10-31',
      '公安机关适用继续盘问规定 2004-07-12',
    ]);
    const first = search('反洗钱法 第十条 date:..2010').hits[0];
    expect(first && [label(first.docId), first.number]).toEqual(['中华人民共和国反洗钱法 2006-10-31', '10']);
  });

  it('combines with status: the superseded 2006 law is the only repealed document before 2010', () => {
    expect(docs('status:repealed date:..2010')).toEqual(['中华人民共和国反洗钱法 2006-10-31']);
    expect(docs('status:in-force date:..2010')).toEqual(['公安机关适用继续盘问规定 2004-07-12']);
  });

  it('a range with nothing in it finds nothing', () => {
    const result = search('date:2030..');
    expect([result.hits, result.mode]).toEqual([[], 'none']);
  });

  it('a value that is no date is ignored, and a notice says so', () => {
    const withBad = search('间谍 date:2024-13');
    expect(withBad.notices).toEqual([{ code: 'date-ignored', value: '2024-13' }]);
    expect(withBad.hits.map((h) => h.passageId)).toEqual(search('间谍').hits.map((h) => h.passageId));
  });

  it('never errors, whatever follows date:', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.constantFrom('', '国家安全', 'virtual currency'), (value, words) => {
        const result = search(`${words} date:${value}`);
        expect(SearchResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
