import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { chineseNumeralDate, completeDates } from '../../../electron/core/law/dates';
import { corpusPath, hasCorpus, noCorpusReason, seedPath } from '../../support/corpus';

/** The dates of each document a real file gives, in order. */
async function datesOf(file: string): Promise<{ title: string; issuedDate?: string; effectiveDate?: string }[]> {
  const parsed = await parseFile({ name: path.basename(file), bytes: readFileSync(file) });
  return parsed.documents.map((d) => ({
    title: d.title,
    ...(d.issuedDate ? { issuedDate: d.issuedDate } : {}),
    ...(d.effectiveDate ? { effectiveDate: d.effectiveDate } : {}),
  }));
}

describe('dates in Chinese numerals', () => {
  it.each([
    ['本规定自二○○四年十月一日起施行', '2004-10-01'],
    ['二〇二一年九月十五日', '2021-09-15'],
    ['一九九二年九月三十日', '1992-09-30'],
    ['二○一九年十二月三十一日', '2019-12-31'],
    ['二○一九年二月二十日', '2019-02-20'],
  ])('%s is %s', (text, iso) => {
    expect(chineseNumeralDate(text)).toBe(iso);
  });
  it.each(['二○一九年十三月一日', '二○一九年一月四十日', '九月三十日', '二○一九年'])('%s is no date', (text) => {
    expect(chineseNumeralDate(text)).toBeUndefined();
  });
});

describe('completing dates', () => {
  it('keeps the dates already found', () => {
    expect(
      completeDates(
        { issuedDate: '2006-10-31', effectiveDate: '2007-01-01' },
        ['2024年11月8日'],
        '反洗钱法(2024-11-08)',
      ),
    ).toEqual({ issuedDate: '2006-10-31', effectiveDate: '2007-01-01' });
  });
  it('takes the latest adopted or amended date of the note under the title, not its in-force date', () => {
    expect(
      completeDates(
        {},
        [
          '（1997年3月14日第八届全国人民代表大会第五次会议通过 根据2017年11月4日修正 自2018年1月1日起施行）',
          '第一条 …',
        ],
        '',
      ),
    ).toEqual({ issuedDate: '2017-11-04' });
  });
  it('takes a date standing alone on one of the last lines', () => {
    expect(completeDates({}, ['各省、自治区：', '特此通知。', '中国人民银行', '二〇二一年九月十五日'], '')).toEqual({
      issuedDate: '2021-09-15',
    });
  });
  it('takes a date in brackets ending the file name last', () => {
    expect(completeDates({}, ['第一条 …'], '保护海底电缆规定(1973-05-30)')).toEqual({ issuedDate: '1973-05-30' });
  });
  it('finds nothing in undated text', () => {
    expect(completeDates({}, ['Rate limits apply to every key.'], 'rate-limits')).toEqual({});
  });
});

describe('document dates from real files', () => {
  it('the seed page: the WEEX article has its byline date; the PBOC notice states none', async () => {
    expect(await datesOf(seedPath)).toEqual([
      { title: 'WEEX Crypto News and the Dynamics of API Access', issuedDate: '2026-01-20' },
      {
        title:
          "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk",
      },
    ]);
  });

  describe.skipIf(!hasCorpus)(`cn-laws and en-regs (${hasCorpus ? 'corpus present' : noCorpusReason})`, () => {
    it('反间谍法 2014: the adoption note under the title', async () => {
      expect(await datesOf(corpusPath('cn-laws', '行政法', '反间谍法(2014-11-01).md'))).toEqual([
        { title: '中华人民共和国反间谍法', issuedDate: '2014-11-01' },
      ]);
    });
    it('涉台民事诉讼文书送达规定: published 2008-04-17, in force from 2008-04-23 (both in one note)', async () => {
      const file = corpusPath('cn-laws', '司法解释', '最高人民法院关于涉台民事诉讼文书送达的若干规定(2008-04-17).md');
      expect(await datesOf(file)).toEqual([
        {
          title: '最高人民法院关于涉台民事诉讼文书送达的若干规定',
          issuedDate: '2008-04-17',
          effectiveDate: '2008-04-23',
        },
      ]);
    });
    it('公安机关适用继续盘问规定: in force from 二○○四年十月一日; issued as its file name says', async () => {
      const file = corpusPath('cn-laws', '部门规章', '公安部', '公安机关适用继续盘问规定(2004-07-12).md');
      expect(await datesOf(file)).toEqual([
        { title: '公安机关适用继续盘问规定', issuedDate: '2004-07-12', effectiveDate: '2004-10-01' },
      ]);
    });
    it('实施国际著作权条约的规定: in force from 一九九二年九月三十日', async () => {
      const file = corpusPath('cn-laws', '行政法规', '实施国际著作权条约的规定(2020-11-29).md');
      expect(await datesOf(file)).toEqual([
        { title: '实施国际著作权条约的规定', issuedDate: '1992-09-25', effectiveDate: '1992-09-30' },
      ]);
    });
    it('a notice signed with a date line at its end: the line is found when nothing above states a date', () => {
      const file = corpusPath(
        'cn-laws',
        '司法解释',
        '最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知(1997-10-06).md',
      );
      const paras = readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('1997年9月24日'));
      expect(completeDates({}, paras, '')).toEqual({ issuedDate: '1997-10-06' });
    });
    it('GDPR: "of 27 April 2016" under the title, applying from 25 May 2018', async () => {
      expect(await datesOf(corpusPath('en-regs', 'GDPRtEXT', 'gdpr.html'))).toEqual([
        { title: 'General Data Protection Regulation (GDPR)', issuedDate: '2016-04-27', effectiveDate: '2018-05-25' },
      ]);
    });
  });
});
