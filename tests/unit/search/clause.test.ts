import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseNumber, clauseNumber, romanNumber } from '../../../electron/core/search/query/clause';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { amlLaw, pbocLaw } from './fixtures';
import { article, openTestLibrary, section, type TestLibrary } from './helpers';

describe('clause numerals', () => {
  it.each([
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['二十一', '21'],
    ['一百零五', '105'],
    ['一〇五', '105'],
    ['两百', '200'],
    ['12', '12'],
  ])('reads the Chinese numeral %s as %s', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });
  it('refuses a Chinese numeral with other characters', () => {
    expect(chineseNumber('十a')).toBeNull();
  });
  it.each([
    ['IX', '9'],
    ['xiv', '14'],
    ['MCM', '1900'],
  ])('reads the Roman numeral %s as %s', (text, n) => {
    expect(romanNumber(text)).toBe(n);
  });
  it('refuses a malformed Roman numeral', () => {
    expect(romanNumber('IIII')).toBeNull();
  });
  it.each([
    ['10', '10'],
    ['010', '10'],
    ['1005.2', '1005.2'],
    ['17(1)', '17'],
    ['10,', '10'],
    ['5A', '5a'],
  ])('normalises the clause number %s to %s', (text, n) => {
    expect(clauseNumber(text, false)).toBe(n);
  });
});

describe('parsing clause references', () => {
  it.each([
    ['第十条', '10'],
    ['第10条', '10'],
    ['第五条之一', '5-1'],
    ['第一百零五条', '105'],
  ])('reads %s as article %s', (q, n) => {
    expect(parseQuery(q).clauses).toEqual([{ number: n, kinds: ['article'], text: q }]);
  });
  it.each([
    ['Article 10', '10'],
    ['article 10', '10'],
    ['Art. 10', '10'],
    ['art 10', '10'],
    ['Art.10', '10'],
    ['Article IX', '9'],
    ['Article 17(1)', '17'],
  ])('reads %s as article %s', (q, n) => {
    expect(parseQuery(q).clauses?.map((c) => [c.number, c.kinds])).toEqual([[n, ['article']]]);
  });
  it('reads § 1005.2 as an article or section number', () => {
    expect(parseQuery('§ 1005.2').clauses?.map((c) => [c.number, c.kinds])).toEqual([
      ['1005.2', ['article', 'section']],
    ]);
  });
  it('reads §1005.2 written together', () => {
    expect(parseQuery('§1005.2').clauses?.map((c) => c.number)).toEqual(['1005.2']);
  });
  it('reads Recital 12 as a recital', () => {
    expect(parseQuery('Recital 12').clauses?.map((c) => [c.number, c.kinds])).toEqual([['12', ['recital']]]);
  });
  it('keeps the other words of the query as words', () => {
    expect(parseQuery('GDPR Article 17 erasure').groups.map((g) => g.terms[0]!.text)).toEqual(['GDPR', 'erasure']);
  });
  it('keeps the rest of a Chinese run around 第…条', () => {
    expect(parseQuery('反洗钱法第十条规定').groups.map((g) => g.terms[0]!.text)).toEqual(['反洗钱法', '规定']);
  });
  it('leaves "article" without a number as a word', () => {
    const q = parseQuery('article about fees');
    expect([q.clauses, q.groups.length]).toEqual([undefined, 3]);
  });
  it('leaves a quoted "Article 10" as a phrase', () => {
    expect(parseQuery('"Article 10"').clauses).toBeUndefined();
  });
  it('can be told not to read clauses', () => {
    expect(parseQuery('Article 10', { clauses: false }).groups.map((g) => g.terms[0]!.text)).toEqual(['Article', '10']);
  });
});

describe('searching by clause number', () => {
  let lib: TestLibrary;
  beforeAll(() => {
    lib = openTestLibrary({ persist: false });
    lib.add({ title: '中华人民共和国中国人民银行法', lang: 'zh', passages: pbocLaw });
    lib.add({
      title: '中华人民共和国反洗钱法',
      lang: 'zh',
      passages: [...amlLaw, article('5-1', '反洗钱行政主管部门应当公开监督管理信息。')],
    });
    lib.add({
      title: 'General Data Protection Regulation (GDPR)',
      passages: [
        article('17', 'The data subject shall have the right to obtain the erasure of personal data.', {
          title: 'Right to erasure',
        }),
        article('1', 'This Regulation lays down rules relating to the protection of natural persons.'),
        {
          kind: 'recital',
          number: '17',
          text: 'A regulation should adapt the rules on processing by Union bodies.',
          path: [],
        },
      ],
    });
    lib.add({
      title: 'Payment Services Act',
      passages: [article('17', 'A payment institution shall safeguard funds. Article 17 of the GDPR does not apply.')],
    });
    lib.add({
      title: 'ELECTRONIC FUND TRANSFERS (Regulation E)',
      passages: [
        article('1005.2', 'For purposes of this part, the following definitions apply.', { title: 'Definitions' }),
      ],
    });
  });
  afterAll(() => lib.close());

  const found = (q: string) =>
    lib.engine.search({ query: q, limit: 10 }).hits.map((h) => `${h.docTitle} ${h.kind} ${h.number}`);

  it('finds 第十条-style numbers by their normalised number', () => {
    expect(found('第五条之一')).toEqual(['中华人民共和国反洗钱法 article 5-1']);
  });
  it('puts the article of the document the other words name first', () => {
    expect(found('反洗钱法 第一条')[0]).toBe('中华人民共和国反洗钱法 article 1');
  });
  it('still lists the same article of other documents after it', () => {
    expect(found('反洗钱法 第一条')).toEqual([
      '中华人民共和国反洗钱法 article 1',
      '中华人民共和国中国人民银行法 article 1',
      'General Data Protection Regulation (GDPR) article 1',
    ]);
  });
  it('reads the document name and the number written together', () => {
    expect(found('反洗钱法第一条')[0]).toBe('中华人民共和国反洗钱法 article 1');
  });
  it('ranks GDPR Article 17 above an Article 17 that only mentions the GDPR', () => {
    expect(found('GDPR Article 17')).toEqual([
      'General Data Protection Regulation (GDPR) article 17',
      'Payment Services Act article 17',
    ]);
  });
  it('does not take a recital for an article', () => {
    expect(found('Art. 17 GDPR')).not.toContain('General Data Protection Regulation (GDPR) recital 17');
  });
  it('finds a recital by "Recital"', () => {
    expect(found('Recital 17')).toEqual(['General Data Protection Regulation (GDPR) recital 17']);
  });
  it('finds a section sign number', () => {
    expect(found('§ 1005.2')).toEqual(['ELECTRONIC FUND TRANSFERS (Regulation E) article 1005.2']);
  });
  it('applies lang: filters to clause matches', () => {
    expect(found('第一条 lang:zh')).toEqual([
      '中华人民共和国中国人民银行法 article 1',
      '中华人民共和国反洗钱法 article 1',
    ]);
  });
  it('searches the words as typed when no passage has the number', () => {
    expect(found('article 99 safeguard')).toEqual(['Payment Services Act article 17']);
  });
  it('reports the clause match as an every-word match', () => {
    expect(lib.engine.search({ query: 'art 17' }).mode).toBe('all');
  });
  it('falls back to the words when no passage has the number', () => {
    lib.add({ title: 'Guide', passages: [section('Article 42', 'About the answer.')] });
    expect(found('Article 42')[0]).toBe('Guide section undefined');
  });
});
