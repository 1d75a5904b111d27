import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { fixture } from './helpers';

describe('DOCX (fixture tiny.docx)', () => {
  it('takes the Heading 1 paragraph as the title', async () => {
    const doc = (await parseFile({ name: 'tiny.docx', bytes: fixture('tiny.docx') })).documents[0];
    expect(doc?.title).toBe('Folio Test Notice');
  });
  it('reads Heading 2 "Article N" paragraphs as articles', async () => {
    const doc = (await parseFile({ name: 'tiny.docx', bytes: fixture('tiny.docx') })).documents[0];
    expect(doc?.passages).toEqual([
      { kind: 'article', number: '1', text: 'Every request counts towards the hourly rate limit.', path: [] },
      { kind: 'article', number: '2', text: 'Clients that exceed the limit receive status 429.', path: [] },
    ]);
  });
});

describe('PDF (fixture tiny.pdf)', () => {
  it('takes the first headline line as the title', async () => {
    const doc = (await parseFile({ name: 'tiny.pdf', bytes: fixture('tiny.pdf') })).documents[0];
    expect(doc?.title).toBe('Folio PDF Fixture');
  });
  it('joins wrapped lines into one paragraph', async () => {
    const doc = (await parseFile({ name: 'tiny.pdf', bytes: fixture('tiny.pdf') })).documents[0];
    expect(doc?.passages).toEqual([
      {
        kind: 'paragraph',
        text: 'Rate limits protect the service from overload. Retry after the time the server names.',
        path: [],
      },
    ]);
  });
});
