import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { fixture } from './helpers';

const parse = () => parseFile({ name: 'azure-faq-excerpt.yml', bytes: fixture('azure-faq-excerpt.yml') });

describe('YamlMime:FAQ (fixture: Azure API Management FAQ excerpt)', () => {
  it('takes the document title from `title`', async () => {
    expect((await parse()).documents[0]?.title).toBe('Azure API Management FAQs');
  });
  it('reads each question as a faq passage', async () => {
    const faqs = (await parse()).documents[0]?.passages.filter((p) => p.kind === 'faq');
    expect(faqs?.map((p) => p.title)).toEqual([
      'What does it mean when a feature is in preview?',
      'How can I secure the connection between the API Management gateway and my back-end services?',
      'How do I copy my API Management service instance to a new instance?',
    ]);
  });
  it('turns the Markdown answer into plain text', async () => {
    const second = (await parse()).documents[0]?.passages.filter((p) => p.kind === 'faq')[1];
    expect(second?.text).toContain(
      '- Use HTTP basic authentication. For more information, see Import and publish your first API.',
    );
  });
  it('keeps the summary without the dangling [!INCLUDE]', async () => {
    const summary = (await parse()).documents[0]?.passages[0];
    expect(summary).toEqual({
      kind: 'paragraph',
      text: 'Get the answers to common questions, patterns, and best practices for Azure API Management.',
      path: [],
    });
  });
});
