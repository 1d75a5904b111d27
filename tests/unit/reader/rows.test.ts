import { describe, expect, it } from 'vitest';
import { currentEntry, documentRows, tableOfContents } from '../../../renderer/src/reader/rows';
import type { Passage } from '../../../shared/model';

const article = (number: string, path: string[]): Passage => ({
  id: `a${number}`,
  kind: 'article',
  number,
  text: `text ${number}`,
  path,
});

const passages = [
  article('1', ['第一章 总则']),
  article('2', ['第一章 总则']),
  article('3', ['第二章 监督管理', '第一节 一般规定']),
  article('4', ['第二章 监督管理', '第一节 一般规定']),
  article('5', ['第二章 监督管理', '第二节 特别规定']),
];

describe('document rows', () => {
  it('shows each chapter heading once, above its first article', () => {
    const rows = documentRows(passages).map((r) =>
      r.type === 'header' ? 'header' : r.type === 'heading' ? `${r.level}:${r.text}` : r.passage.id,
    );
    expect(rows).toEqual([
      'header',
      '0:第一章 总则',
      'a1',
      'a2',
      '0:第二章 监督管理',
      '1:第一节 一般规定',
      'a3',
      'a4',
      '1:第二节 特别规定',
      'a5',
    ]);
  });
});

describe('table of contents', () => {
  const toc = tableOfContents(documentRows(passages), (p) => `第${p.number}条`);

  it('lists headings and the clauses under them, indented by depth', () => {
    expect(toc.map((e) => `${e.depth}:${e.text}`)).toEqual([
      '0:第一章 总则',
      '1:第1条',
      '1:第2条',
      '0:第二章 监督管理',
      '1:第一节 一般规定',
      '2:第3条',
      '2:第4条',
      '1:第二节 特别规定',
      '2:第5条',
    ]);
  });

  it('follows the scroll: the entry at or before the top row is current', () => {
    expect([currentEntry(toc, 0), currentEntry(toc, 3), currentEntry(toc, 7)]).toEqual([-1, 2, 6]);
  });
});
