import { describe, expect, it } from 'vitest';
import { foldCjkLookalikes } from '../../../electron/core/ingest/formats/pdf/fold-cjk';
import { blocksOf, dropPageFurniture } from '../../../electron/core/ingest/formats/pdf/layout';
import type { PdfLine } from '../../../electron/core/ingest/formats/pdf/lines';

/** A printed line at height y on a page, 12 pt unless said otherwise, as wide as `x1`. */
const line = (page: number, y: number, text: string, size = 12, x1 = 500): PdfLine => ({
  text,
  page,
  x0: 90,
  x1,
  y,
  size,
});

describe('CJK look-alikes in PDF text', () => {
  it('folds Kangxi radicals and radical-supplement forms to unified ideographs', () => {
    expect(foldCjkLookalikes('第⼀条 接⼝ 中国⼈⺠银⾏ ⻓度')).toBe('第一条 接口 中国人民银行 长度');
  });
  it('folds CJK compatibility ideographs and leaves full-width punctuation as written', () => {
    expect(foldCjkLookalikes('\uF900（一）：')).toBe('豈（一）：');
  });
});

describe('running headers, footers and page numbers', () => {
  it('drops a line repeated at the edge of most pages (numbers aside) and bare page numbers', () => {
    const words = ['alpha', 'beta', 'gamma'];
    const page = (n: number) => [
      line(n, 800, `12/2/26, 12:13 AM law`),
      line(n, 700, `Body ${words[n - 1]} opens.`),
      line(n, 680, `Body ${words[n - 1]} closes.`),
      line(n, 30, `file:///tmp/law.html ${n}/3`),
      line(n, 15, `${n}`),
    ];
    const { lines, removed } = dropPageFurniture([page(1), page(2), page(3)]);
    expect(lines.map((l) => l.text)).toEqual(words.flatMap((w) => [`Body ${w} opens.`, `Body ${w} closes.`]));
    expect(removed).toBe(9);
  });
});

describe('PDF lines to blocks', () => {
  it('makes larger type a heading, starts a paragraph at each 第X条 and joins wrapped CJK lines without a space', () => {
    const blocks = blocksOf([
      line(1, 800, '中华人民共和国某法', 24),
      line(1, 760, '第一章 总则', 16),
      line(1, 730, '第一条 为了规范管理，'),
      line(1, 714, '制定本法。', 12, 150),
      line(1, 698, '第二条 本法适用于全国。', 12, 260),
    ]);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: '中华人民共和国某法' },
      { type: 'heading', level: 2, text: '第一章 总则' },
      { type: 'para', text: '第一条 为了规范管理，制定本法。', blankBefore: true },
      { type: 'para', text: '第二条 本法适用于全国。', blankBefore: true },
    ]);
  });
  it('rejoins a hyphenated English word and ends a paragraph at a larger gap', () => {
    const blocks = blocksOf([
      line(1, 700, 'Rate limits protect the ser-'),
      line(1, 686, 'vice from overload.', 12, 200),
      line(1, 650, 'Retry later.', 12, 150),
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Rate limits protect the service from overload.', 'Retry later.']);
  });
});
