import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDisk, importFiles } from '../../../electron/core/import/import-files';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { openTestLibrary, type TestLibrary } from './helpers';

const files = [
  '经济法/中国人民银行法(2003-12-27).md',
  '经济法/反洗钱法(2024-11-08).md',
  '经济法/银行业监督管理法(2006-10-31).md',
];

describe.skipIf(!hasCorpus)(
  `Chinese search on cn-laws samples (${hasCorpus ? 'corpus present' : noCorpusReason})`,
  () => {
    let lib: TestLibrary;
    beforeAll(async () => {
      lib = openTestLibrary({ persist: false });
      const { changedDocIds } = await importFiles(lib.db, fromDisk(files.map((f) => corpusPath('cn-laws', f))));
      lib.engine.documentsChanged(changedDocIds);
    });
    afterAll(() => lib?.close());

    const oracle = (q: string) =>
      (
        lib.db
          .prepare(
            `SELECT p.id FROM passages p JOIN documents d ON d.current_version_id = p.version_id
           WHERE p.text LIKE @like OR p.title LIKE @like`,
          )
          .all({ like: `%${q}%` }) as { id: string }[]
      )
        .map((r) => r.id)
        .sort();
    const found = (q: string) =>
      lib.engine
        .search({ query: q, limit: 5000 })
        .hits.map((h) => h.passageId)
        .sort();

    it.each([
      '反洗钱',
      '风险',
      '金融机构',
      '国务院',
      '货币政策',
      '监督管理',
      '人民币',
      '银',
      '客户尽职调查',
      '中国人民银行',
    ])('finds exactly the passages whose text or title contains %s', (q) => {
      expect(found(q)).toEqual(oracle(q));
    });
    it('finds articles of the AML law for 反洗钱, that law first', () => {
      const hits = lib.engine.search({ query: '反洗钱' }).hits;
      expect([hits[0]?.docTitle, hits[0]?.kind]).toEqual(['中华人民共和国反洗钱法', 'article']);
    });
    it('finds the People’s Bank of China Law for 央行 through synonyms', () => {
      const hits = lib.engine.search({ query: '央行' }).hits;
      expect(hits[0]?.docTitle).toBe('中华人民共和国中国人民银行法');
    });
  },
);
