import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument, ParsedFile } from '../../../electron/core/ingest/types';
import { seedPath } from '../../support/corpus';
import { parsePath } from './helpers';

let file: ParsedFile;
let article: ParsedDocument;
let notice: ParsedDocument;

beforeAll(async () => {
  file = await parsePath(seedPath);
  [article, notice] = file.documents as [ParsedDocument, ParsedDocument];
});

describe('seed page: segmentation and noise', () => {
  it('yields exactly two documents', () => {
    expect(file.documents).toHaveLength(2);
  });
  it('warns that the repeated notice was folded', () => {
    expect(file.warnings.some((w) => w.startsWith('folded a repeated block'))).toBe(true);
  });
  it('keeps page-noise headlines out of every passage', () => {
    const all = file.documents.flatMap((d) => d.passages.map((p) => `${p.title ?? ''} ${p.text}`)).join('\n');
    for (const noise of ['Polymarket', 'Raoul Pal', 'Wintermute', 'You may also like']) {
      expect(all).not.toContain(noise);
    }
  });
});

describe('seed page: the article', () => {
  it('is titled by its headline', () => {
    expect(article.title).toBe('WEEX Crypto News and the Dynamics of API Access');
  });
  it('is English', () => {
    expect(article.lang).toBe('en');
  });
  it('takes its issue date from the byline', () => {
    expect(article.issuedDate).toBe('2026-01-20');
  });
  it('has a Key Takeaways section holding the four bullet points', () => {
    const takeaways = article.passages.find((p) => p.title === 'Key Takeaways');
    expect(takeaways?.kind).toBe('section');
    expect(takeaways?.text.split('\n\n')).toHaveLength(4);
  });
  it('has about twenty headed sections', () => {
    const sections = article.passages.filter((p) => p.kind === 'section');
    expect(sections).toHaveLength(21);
    expect(sections.map((s) => s.title)).toContain('Conclusion: Navigating the API Landscape');
  });
  it('has the five FAQ questions as faq passages, in order', () => {
    expect(article.passages.filter((p) => p.kind === 'faq').map((p) => p.title)).toEqual([
      'What are API rate limits?',
      'How can I avoid exceeding API rate limits?',
      'Why are production API keys important?',
      'How does caching help in managing API requests?',
      'What should I do if my API access is blocked?',
    ]);
  });
  it('puts each answer in the faq passage text', () => {
    const first = article.passages.find((p) => p.kind === 'faq');
    expect(first?.text).toMatch(/^API rate limits refer to the restriction/);
  });
});

describe('seed page: the notice', () => {
  it('is titled by its headline line', () => {
    expect(notice.title).toBe(
      "China's Central Bank and Eight Other Departments' Latest Regulatory Focus: Key Attention to RWA Tokenized Asset Risk",
    );
  });
  it('has the document number Yinfa [2026] No. 42', () => {
    expect(notice.docNumber).toBe('Yinfa [2026] No. 42');
  });
  it('repeals Yinfa [2021] No. 237', () => {
    expect(notice.relations).toEqual([{ type: 'repeals', target: 'Yinfa [2021] No. 237' }]);
  });
  it('names the eight issuing departments', () => {
    expect(notice.issuers).toHaveLength(8);
    expect(notice.issuers?.[0]).toBe("People's Bank of China");
  });
  it('keeps the preamble as three paragraph passages before the articles', () => {
    const preamble = notice.passages.slice(0, 3);
    expect(preamble.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(preamble[0]?.text).toMatch(/^Foreword:/);
    expect(preamble[1]?.text).toMatch(/^To the people's governments/);
    expect(preamble[2]?.text).toMatch(/^Recently,/);
  });
  it('has exactly 19 articles numbered 1…19 in order', () => {
    const numbers = notice.passages.filter((p) => p.kind === 'article').map((p) => p.number);
    expect(numbers).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
  });
  it("keeps (I)'s continuation paragraphs, including the stablecoin one, in article 1", () => {
    const first = notice.passages.find((p) => p.kind === 'article' && p.number === '1');
    expect(first?.text).toContain('A stablecoin pegged to a fiat currency');
    expect(first?.text.split('\n\n')).toHaveLength(3);
  });
  it('titles (III) "Inter-agency Coordination."', () => {
    const third = notice.passages.find((p) => p.number === '3');
    expect(third?.title).toBe('Inter-agency Coordination.');
    expect(third?.text).toMatch(/^The People's Bank of China, together with/);
  });
  it('gives no title to a clause that opens with a full sentence', () => {
    expect(notice.passages.find((p) => p.number === '1')?.title).toBeUndefined();
  });
  it('keeps the closing paragraph as its own last passage', () => {
    const last = notice.passages[notice.passages.length - 1];
    expect(last?.kind).toBe('paragraph');
    expect(last?.text).toMatch(/^This notice shall enter into force/);
  });
  it('reports no numbering warnings', () => {
    expect(notice.warnings).toEqual([]);
  });
});
