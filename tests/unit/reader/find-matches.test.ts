import { describe, expect, it } from 'vitest';
import { markDocument, paragraphSpans } from '../../../renderer/src/reader/find-matches';
import { clauseLabel } from '../../../shared/labels';
import type { Passage } from '../../../shared/model';

const passages: Passage[] = [
  { id: 'a12', kind: 'article', number: '12', text: '依照本法第十二条规定。' },
  { id: 'a13', kind: 'article', number: '13', text: '其他。' },
];
const label = (p: Passage) => clauseLabel(p.kind, p.number, 'zh');

describe('find in a Chinese law', () => {
  it('第十二条 is found in the clause label and the text', () => {
    const marks = markDocument(passages, '第十二条', [], label);
    expect([marks.total, marks.passageOfMark]).toEqual([2, ['a12', 'a12']]);
  });

  it('第12条 finds the same places as 第十二条', () => {
    const marks = markDocument(passages, '第12条', [], label);
    expect([marks.total, marks.passageOfMark]).toEqual([2, ['a12', 'a12']]);
  });
});

describe('paragraph spans', () => {
  it('give each shown paragraph with its offset in the passage text', () => {
    expect(paragraphSpans('one\n\ntwo')).toEqual([
      { text: 'one', start: 0 },
      { text: 'two', start: 5 },
    ]);
  });
});
