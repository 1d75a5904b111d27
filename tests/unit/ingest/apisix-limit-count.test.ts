import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../electron/core/ingest/types';
import { contentPlainText } from '../../../shared/content-tree';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { parsePath } from './helpers';

const page = async (): Promise<ParsedDocument> =>
  (await parsePath(corpusPath('api-docs', 'apache-apisix', 'docs', 'en', 'latest', 'plugins', 'limit-count.md')))
    .documents[0] as ParsedDocument;
const section = (doc: ParsedDocument, title: string) => doc.passages.find((p) => p.title === title);

describe.skipIf(!hasCorpus)('APISIX limit-count page (shared corpus, Docusaurus Markdown)', () => {
  it('shows the attribute table as a table of 6 columns with a header row', async () => {
    const table = section(await page(), 'Attributes')?.content?.[0];
    expect(table?.t).toBe('table');
    if (table?.t !== 'table') return;
    expect(table.head).toBe(true);
    expect(table.rows[0]?.map((cell) => contentPlainText([{ t: 'p', c: cell }]))).toEqual([
      'Name',
      'Type',
      'Required',
      'Default',
      'Valid values',
      'Description',
    ]);
  });
  it('shows the rate-limiting headers as a list', async () => {
    const description = section(await page(), 'Description');
    expect(description?.content?.map((b) => b.t)).toEqual(['p', 'p', 'list']);
    expect(description?.text).toContain('- X-RateLimit-Limit: the total quota');
  });
  it('shows the examples as code blocks with their language', async () => {
    const example = section(await page(), 'Apply Rate Limiting by Remote Address');
    const code = example?.content?.filter((b) => b.t === 'pre') ?? [];
    expect(code.length).toBeGreaterThanOrEqual(5);
    expect(code[0]).toMatchObject({ t: 'pre', lang: 'shell' });
  });
  it('has no <head>, <Tabs, MDX import or table-rule text anywhere', async () => {
    const all = JSON.stringify(await page());
    for (const bad of [
      '<head',
      'canonical',
      '<Tabs',
      'TabItem',
      'import Tabs',
      '|---|',
      '| ---',
      'Licensed to the Apache',
    ]) {
      expect(all).not.toContain(bad);
    }
  });
  it('keeps every passage tree mapped onto its text', async () => {
    for (const p of (await page()).passages) if (p.content) expect(contentPlainText(p.content)).toBe(p.text);
  });
});

if (!hasCorpus) it.skip(noCorpusReason, () => {});
