import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripComments } from '../../../electron/core/ingest/clean/comments';
import { parseMarkdown } from '../../../electron/core/ingest/formats/markdown/parse-mdast';
import { plainMarkdownBlocks } from '../../../electron/core/ingest/formats/markdown/plain-fast-path';
import { mdastToBlocks } from '../../../electron/core/ingest/formats/markdown/to-blocks';
import { normalizeText } from '../../../electron/core/text/normalize';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';

/** What a block list says, for comparing the two readers. */
const shape = (blocks: { type: string; level?: number; text: string }[]) =>
  blocks.map((b) => [b.type, b.level ?? 0, b.text]);
const viaMicromark = (text: string) => shape(mdastToBlocks(parseMarkdown(text, false).tree).blocks);

describe('the plain-Markdown fast path', () => {
  it('reads headings-and-paragraphs text exactly as micromark does', async () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.string({
        unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom('第一条', '（一）', '(a)', '\u3000', '  ', '\t', '#', '1995年', '!', 'a.b'),
    );
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const block = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`),
      fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
    );
    await fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (blocks) => {
        const text = normalizeText(blocks.join('\n\n'));
        const fast = plainMarkdownBlocks(text);
        if (fast) expect(shape(fast)).toEqual(viaMicromark(text));
      }),
      { numRuns: 300 },
    );
  });
  it('declines text with Markdown syntax beyond headings and paragraphs', () => {
    for (const text of [
      'a *b*',
      '- item',
      '1. item',
      '> quote',
      '[a](b)',
      'a <b>',
      '    code',
      'Title\n===',
      'see https://x.org',
      '---\ntitle: x\n---\n',
    ]) {
      expect(plainMarkdownBlocks(text)).toBeUndefined();
    }
  });
  it.skipIf(!hasCorpus)('agrees with micromark on the first 40 laws of a corpus folder', () => {
    const dir = corpusPath('cn-laws', '民法商法');
    let read = 0;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .slice(0, 40)) {
      const text = normalizeText(readFileSync(`${dir}/${name}`, 'utf8'));
      const fast = plainMarkdownBlocks(stripComments(text));
      if (!fast) continue;
      read++;
      expect(shape(fast)).toEqual(viaMicromark(text));
    }
    expect(read).toBeGreaterThan(0);
  });
});

if (!hasCorpus) it.skip(noCorpusReason, () => {});
