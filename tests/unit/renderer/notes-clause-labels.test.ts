import { describe, expect, it } from 'vitest';
import { documentClauses, noteClause } from '../../../renderer/src/notes/clause-labels';
import type { DocumentDetail, Passage } from '../../../shared/model';
import type { Note } from '../../../shared/notes-model';

const passage = (id: string, over: Partial<Passage>): Passage => ({ id, kind: 'article', text: 'x', ...over });

const doc = (lang: string, passages: Passage[]): DocumentDetail => ({
  id: 'd1',
  title: 'A law',
  lang,
  sourceName: 'law.md',
  version: 2,
  relations: [],
  passages,
});

const note = (over: Partial<Note>): Note => ({
  id: 'n1',
  kind: 'highlight',
  layer: 'personal',
  docId: 'd1',
  identity: { title: 'A law', fingerprint: 'f' },
  version: 2,
  status: 'changed',
  needsReview: true,
  noteFormat: 'plain',
  tags: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('documentClauses', () => {
  it('labels Chinese articles, written labels and unnumbered FAQs as the reader does', () => {
    const zh = documentClauses(
      doc('zh', [passage('p12', { number: '12' }), passage('p9', { kind: 'section', number: '9', label: '(IX)' })]),
    );
    expect([...zh.byPassage]).toEqual([
      ['p12', '第十二条'],
      ['p9', '(IX)'],
    ]);
    const faq = documentClauses(doc('en', [passage('q1', { kind: 'faq' }), passage('q2', { kind: 'faq' })]));
    expect([...faq.byPassage]).toEqual([
      ['q1', 'Q1'],
      ['q2', 'Q2'],
    ]);
  });
});

describe('noteClause', () => {
  const clauses = documentClauses(doc('en', [passage('a12', { number: '12' }), passage('a13', { number: '13' })]));

  it('names an anchored note by its passage’s label', () => {
    expect(
      noteClause(note({ anchor: { passageId: 'a12', endPassageId: 'a12', start: 0, end: 1, number: '12' } }), clauses),
    ).toBe('Art. 12');
  });

  it('names an orphan by the label its old number has now', () => {
    expect(
      noteClause(
        note({
          status: 'orphaned',
          previous: { docId: 'd1', version: 1, passageId: 'old', number: '13', exact: 'gone' },
        }),
        clauses,
      ),
    ).toBe('Art. 13');
  });

  it('falls back to the stored number when the document is not known', () => {
    expect(noteClause(note({ previous: { docId: 'd1', version: 1, number: '7', exact: 'gone' } }), undefined)).toBe(
      '7',
    );
  });
});
