import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockSource } from '../../../electron/core/ingest/blocks';
import { stripComments } from '../../../electron/core/ingest/clean/comments';
import { paragraphOf } from '../../../electron/core/ingest/content/nodes';
import { markdownToBlocks, micromarkBlocks } from '../../../electron/core/ingest/formats/markdown';
import { parseMarkdown } from '../../../electron/core/ingest/formats/markdown/parse-mdast';
import { plainMarkdownBlocks } from '../../../electron/core/ingest/formats/markdown/plain-fast-path';
import { mdastToBlocks } from '../../../electron/core/ingest/formats/markdown/to-blocks';
import { normalizeText } from '../../../electron/core/text/normalize';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';

/** What a block list says, for comparing the two readers. */
const shape = (blocks: { type: string; level?: number; text: string }[]) =>
  blocks.map((b) => [b.type, b.level ?? 0, b.text]);
const viaMicromark = (text: string) => shape(mdastToBlocks(parseMarkdown(text, false).tree).blocks);
/**
 * A reader's whole output, with a paragraph node that holds only the block's own text dropped: the
 * fast path leaves it out, and the passage's content tree is the same either way (passageContent
 * stands a node-less block in with exactly that paragraph).
 */
const full = (source: BlockSource) => ({
  ...source,
  blocks: source.blocks.map(({ node, ...b }) =>
    node && !isDeepStrictEqual(node, paragraphOf(b.text)) ? { ...b, node } : b,
  ),
});

describe('the plain-Markdown fast path', () => {
  it('reads headings-and-paragraphs text exactly as micromark does', async () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z]{1,8}$/),
      fc.string({
        unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
        minLength: 1,
        maxLength: 6,
      }),
      fc.constantFrom(
        '第一条',
        '（一）',
        '(a)',
        '\u3000',
        '  ',
        '\t',
        '#',
        '1995年',
        '!',
        'a.b',
        '<法>',
        '<',
        '>',
        'a>b',
      ),
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
  it('reads a "<" before anything but an ASCII letter, "/", "!" or "?", and a ">" inside a line, as text like micromark', () => {
    for (const text of [
      '第八条 依照<中华人民共和国建筑法>的规定执行。',
      '# 第一章\n\n1 < 2 且 3 > 2',
      '<中华人民共和国会计法>\n第二行 a>b',
      'x <\n\n< y',
    ]) {
      expect(plainMarkdownBlocks(text)).toBeDefined();
      expect(full(markdownToBlocks(text))).toEqual(full(micromarkBlocks(text)));
    }
  });
  it('declines text with Markdown syntax beyond headings and paragraphs', () => {
    for (const text of [
      'a *b*',
      '- item',
      '1. item',
      '> quote',
      '   > quote',
      'a\n> quote',
      '[a](b)',
      'a <b>',
      'a </p>',
      '<!DOCTYPE html>',
      '<?php x ?>',
      '<http://x.org>',
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
  it.skipIf(!hasCorpus)('gives the same blocks as micromark for every law that holds a "<" or ">"', () => {
    const root = corpusPath('cn-laws');
    let read = 0;
    for (const name of (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort()) {
      const text = normalizeText(readFileSync(`${root}/${name}`, 'utf8'));
      if (!/[<>]/.test(stripComments(text)) || !plainMarkdownBlocks(stripComments(text))) continue;
      read++;
      expect(full(markdownToBlocks(text)), name).toEqual(full(micromarkBlocks(text)));
    }
    expect(read).toBeGreaterThan(50);
  });
});

if (!hasCorpus) it.skip(noCorpusReason, () => {});
