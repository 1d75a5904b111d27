import { describe, expect, it } from 'vitest';
import { pdfToBlocks } from '../../../electron/core/ingest/formats/pdf';
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

describe('PDF extraction limits (fixture tiny.pdf: one page, two lines)', () => {
  it('refuses a PDF with more pages than the limit as TOO_LARGE', async () => {
    await expect(pdfToBlocks('tiny.pdf', fixture('tiny.pdf'), { maxPages: 0, maxChars: 1_000 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'tiny.pdf: 1 pages, more than the 0 Folio reads',
    });
  });
  it('refuses a PDF with more text than the limit as TOO_LARGE', async () => {
    await expect(pdfToBlocks('tiny.pdf', fixture('tiny.pdf'), { maxPages: 10, maxChars: 20 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
  });
  it('reads a PDF within both limits', async () => {
    const source = await pdfToBlocks('tiny.pdf', fixture('tiny.pdf'), { maxPages: 1, maxChars: 1_000 });
    expect(source.blocks.map((b) => b.text)).toEqual([
      'Folio PDF Fixture',
      'Rate limits protect the service from overload. Retry after the time the server names.',
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
