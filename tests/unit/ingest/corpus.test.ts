import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../electron/core/ingest/types';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { parsePath } from './helpers';

const only = async (...parts: string[]): Promise<ParsedDocument> => {
  const parsed = await parsePath(corpusPath(...parts));
  expect(parsed.documents).toHaveLength(1);
  return parsed.documents[0] as ParsedDocument;
};
const count = (doc: ParsedDocument, kind: string) => doc.passages.filter((p) => p.kind === kind).length;
const chapters = (doc: ParsedDocument) =>
  new Set(doc.passages.filter((p) => p.kind === 'article').map((p) => p.path[0])).size;

describe.skipIf(!hasCorpus)('shared corpus', () => {
  describe('GDPR', () => {
    it('Markdown has 99 articles in 11 chapters and 173 recitals', async () => {
      const doc = await only('en-regs', 'derived', 'gdpr-from-GDPRtEXT.md');
      expect([count(doc, 'article'), chapters(doc), count(doc, 'recital')]).toEqual([99, 11, 173]);
    });
    it('clean XHTML has 99 articles in 11 chapters and 173 recitals', async () => {
      const doc = await only('en-regs', 'GDPRtEXT', 'gdpr.html');
      expect([count(doc, 'article'), chapters(doc), count(doc, 'recital')]).toEqual([99, 11, 173]);
    });
    it('numbers the articles 1…99 in order without warnings', async () => {
      const doc = await only('en-regs', 'GDPRtEXT', 'gdpr.html');
      expect(doc.passages.filter((p) => p.kind === 'article').map((p) => p.number)).toEqual(
        Array.from({ length: 99 }, (_, i) => String(i + 1)),
      );
      expect(doc.warnings).toEqual([]);
    });
    it('states the regulation number and its application date', async () => {
      const doc = await only('en-regs', 'GDPRtEXT', 'gdpr.html');
      expect([doc.docNumber, doc.issuedDate, doc.effectiveDate]).toEqual([
        'Regulation (EU) 2016/679',
        '2016-04-27',
        '2018-05-25',
      ]);
    });
  });

  describe('Chinese laws', () => {
    it('中国人民银行法 has 53 articles under 8 chapters', async () => {
      const doc = await only('cn-laws', '经济法', '中国人民银行法(2003-12-27).md');
      expect(doc.passages.filter((p) => p.kind === 'article').map((p) => p.number)).toEqual(
        Array.from({ length: 53 }, (_, i) => String(i + 1)),
      );
      expect(chapters(doc)).toBe(8);
    });
    it('文物保护法: the "第三十一条的…" line is not an article', async () => {
      const doc = await only('cn-laws', '行政法', '文物保护法(2017-11-04).md');
      const hit = doc.passages.find((p) => p.text.startsWith('第三十一条的决定》'));
      expect(hit?.kind).toBe('paragraph');
      expect(doc.warnings).toEqual([]);
    });
    it('刑法修正案（十一） yields none of the articles it quotes', async () => {
      const doc = await only('cn-laws', '刑法', '刑法修正案（十一）.md');
      expect(count(doc, 'article')).toBe(0);
      expect(doc.passages.some((p) => p.text.includes('“对行驶中的公共交通工具的驾驶人员使用暴力'))).toBe(true);
    });
  });

  describe('FAQs', () => {
    it('APISIX English FAQ.md has 36 FAQ passages', async () => {
      const doc = await only('api-docs', 'apache-apisix', 'docs', 'en', 'latest', 'FAQ.md');
      expect(count(doc, 'faq')).toBe(36);
    });
    it('APISIX Chinese FAQ.md has 36 FAQ passages', async () => {
      const doc = await only('api-docs', 'apache-apisix', 'docs', 'zh', 'latest', 'FAQ.md');
      expect([count(doc, 'faq'), doc.lang]).toEqual([36, 'zh']);
    });
    it('Azure api-management-faq.yml has 18 FAQ passages', async () => {
      const doc = await only('api-docs', 'azure-docs', 'articles', 'api-management', 'api-management-faq.yml');
      expect(count(doc, 'faq')).toBe(18);
    });
  });

  describe('CFPB RegML', () => {
    it('reads § 1005.2 as article "1005.2" titled "Definitions." with its (a) paragraphs', async () => {
      const doc = await only('en-regs', 'cfpb-regulations-xml', 'regulation', '1005', '2016-24506.xml');
      const two = doc.passages.find((p) => p.number === '1005.2');
      expect(two?.title).toBe('Definitions.');
      expect(two?.text).toContain('(a)(1) “Access device” means a card');
      expect(doc.docNumber).toBe('12 CFR Part 1005');
    });
  });
});

// Only where the corpus is absent: one skipped entry that says why.
if (!hasCorpus) it.skip(noCorpusReason, () => {});
