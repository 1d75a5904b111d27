import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amlLaw, apiFaq, pbocLaw } from './fixtures';
import { openTestLibrary, type TestLibrary } from './helpers';

let lib: TestLibrary;
beforeAll(() => {
  lib = openTestLibrary({ persist: false });
  lib.add({ title: '中华人民共和国反洗钱法', lang: 'zh', passages: amlLaw });
  lib.add({ title: '中华人民共和国中国人民银行法', lang: 'zh', passages: pbocLaw });
  lib.add({ title: 'API FAQ', lang: 'en', passages: apiFaq });
});
afterAll(() => lib.close());

/** Passage IDs whose text or title holds `q` as a substring. */
function oracle(q: string): string[] {
  const rows = lib.db
    .prepare(
      `SELECT p.id FROM passages p JOIN documents d ON d.current_version_id = p.version_id
       WHERE p.text LIKE @like OR p.title LIKE @like`,
    )
    .all({ like: `%${q}%` }) as { id: string }[];
  return rows.map((r) => r.id).sort();
}

function found(q: string): string[] {
  return lib.engine
    .search({ query: q, limit: 1000 })
    .hits.map((h) => h.passageId)
    .sort();
}

describe('Chinese search', () => {
  it.each(['反洗钱', '洗钱', '金融', '风险', '客户', '国务院', '本法', '货币政策', '监督管理', '法'])(
    'finds exactly the passages containing %s',
    (q) => {
      expect(found(q)).toEqual(oracle(q));
    },
  );
  it('finds the AML law articles for 反洗钱', () => {
    const hits = lib.engine.search({ query: '反洗钱' }).hits;
    expect(hits.every((h) => h.docTitle === '中华人民共和国反洗钱法')).toBe(true);
  });
  it('finds the central bank law for 央行 through synonyms', () => {
    const result = lib.engine.search({ query: '央行' });
    expect(result.hits.map((h) => h.number).sort()).toEqual(['1', '2', '4']);
  });
  it('lists the synonyms it searched', () => {
    expect(lib.engine.search({ query: '央行' }).terms).toEqual(['央行', '中国人民银行', 'PBOC']);
  });
  it('matches a mixed query with a space', () => {
    expect(lib.engine.search({ query: 'API 限流' }).hits[0]?.title).toBe('限流插件');
  });
  it('matches a number beside a Han word', () => {
    expect(lib.engine.search({ query: '429错误' }).hits[0]?.title).toBe('限流插件');
  });
  it('highlights the Han word in the snippet', () => {
    const hit = lib.engine.search({ query: '客户尽职调查' }).hits[0]!;
    expect(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['客户尽职调查']);
  });
  it('falls back to dictionary words for a question in Chinese', () => {
    const result = lib.engine.search({ query: '什么是客户身份不明的交易' });
    expect([result.mode, result.hits[0]?.number]).toEqual(['any', '29']);
  });
});
