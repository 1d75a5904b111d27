import { describe, expect, test } from 'vitest';
import { buildSlides, docIdsOf } from '../../../renderer/src/packs/slides';
import type { DocumentDetail } from '../../../shared/model';
import type { Note, Pack } from '../../../shared/notes-model';

// A two-passage FAQ document and a highlight on its second passage, shaped as the core returns them.
const doc: DocumentDetail = {
  id: 'faq-1',
  title: 'API FAQ',
  lang: 'en',
  sourceName: 'faq.md',
  version: 1,
  relations: [],
  passages: [
    { id: 'p1', kind: 'faq', title: 'What is the rate limit?', text: '20 requests per second.' },
    { id: 'p2', kind: 'article', number: '2', text: 'Keys expire after 90 days.' },
  ],
};
const note: Note = {
  id: 'n1',
  kind: 'highlight',
  layer: 'personal',
  docId: 'faq-1',
  identity: { title: 'API FAQ', fingerprint: '0123456789abcdef' },
  version: 1,
  anchor: { passageId: 'p2', endPassageId: 'p2', start: 0, end: 4 },
  quote: { exact: 'Keys', prefix: '', suffix: ' expire' },
  status: 'anchored',
  needsReview: false,
  note: 'Stress this one.',
  noteFormat: 'plain',
  tags: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const pack: Pack = {
  id: 'pack-1',
  name: 'Onboarding',
  layer: 'personal',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  items: [
    {
      id: 'i1',
      kind: 'passage',
      docId: 'faq-1',
      passageId: 'p1',
      quiz: { question: 'What is the rate limit?', answer: '20 requests per second.' },
    },
    { id: 'i2', kind: 'text', text: 'Now the keys.' },
    { id: 'i3', kind: 'note', noteId: 'n1', text: 'Ask who rotated a key.' },
    { id: 'i4', kind: 'passage', docId: 'gone', passageId: 'p9' },
  ],
};
const sources = {
  docs: new Map([[doc.id, doc]]),
  notes: new Map([[note.id, note]]),
  link: (docId: string, passageId?: string) => `#/doc/${docId}/p/${passageId ?? ''}`,
};

describe('pack slides', () => {
  test('need each document once, a highlight’s document included', () => {
    expect(docIdsOf(pack, sources.notes)).toEqual(['faq-1', 'gone']);
  });
  test('a FAQ passage keeps its quiz card and cites its document', () => {
    const [slide] = buildSlides(pack, sources);
    expect(slide).toMatchObject({
      itemId: 'i1',
      heading: 'API FAQ · What is the rate limit?',
      body: '20 requests per second.',
      quiz: { question: 'What is the rate limit?', answer: '20 requests per second.' },
      citation: 'API FAQ, Q. #/doc/faq-1/p/p1',
    });
  });
  test('the trainer’s text between items is its own slide', () => {
    expect(buildSlides(pack, sources)[1]).toEqual({
      itemId: 'i2',
      kind: 'text',
      body: 'Now the keys.',
      quiz: undefined,
    });
  });
  test('a highlight shows its quote, with its note and the trainer’s as the speaker note', () => {
    expect(buildSlides(pack, sources)[2]).toMatchObject({
      body: 'Keys',
      speakerNote: 'Stress this one.\n\nAsk who rotated a key.',
      heading: 'API FAQ · Art. 2',
    });
  });
  test('a passage no longer in the library is marked missing', () => {
    expect(buildSlides(pack, sources)[3]).toMatchObject({ itemId: 'i4', missing: true, body: '' });
  });
});
