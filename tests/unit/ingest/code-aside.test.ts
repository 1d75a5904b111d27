import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { fromMarkdownCodeAside, setCodeAside } from '../../../electron/core/ingest/formats/markdown/code-aside';
import { commonmarkOptions, mdxOptions } from '../../../electron/core/ingest/formats/markdown/parse-mdast';

/** A tree without source positions (they move when code is set aside; nothing reads them). */
function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // estree nodes of MDX expressions carry offsets too (start, end, loc, range).
      if (!['position', 'start', 'end', 'loc', 'range'].includes(k)) out[k] = withoutPositions(v);
    }
    return out;
  }
  return value;
}

/** A reader's tree, or the message it threw. */
function readWith(read: typeof fromMarkdownCodeAside, text: string, mdx: boolean): unknown {
  try {
    return withoutPositions(read(text, mdx ? mdxOptions : commonmarkOptions, mdx));
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

describe('setting fenced code aside while micromark reads the rest', () => {
  it('replaces the content of a closed fence opened at column 0 by one placeholder line', () => {
    const text = 'Intro\n\n```json\n{ "a": 1 }\n\n[x]: y\n```\n\nAfter';
    expect(setCodeAside(text, false)).toEqual({
      text: 'Intro\n\n```json\n\uE0010\uE001\n```\n\nAfter',
      code: ['{ "a": 1 }\n\n[x]: y'],
    });
  });

  it('leaves indented, unclosed and empty fences and fences in front matter as they are', () => {
    const indented = '- item\n\n  ```\n  code\n  ```\n';
    const unclosed = 'Text\n\n```\ncode to the end\n';
    const empty = '```\n```\n';
    const inFrontMatter = '---\ntitle: x\n```\nnot code\n```\n---\nBody\n';
    for (const text of [indented, unclosed, empty, inFrontMatter]) expect(setCodeAside(text, false).code).toEqual([]);
  });

  it('gives the tree micromark gives, reading the text whole where a fence sits inside HTML', () => {
    const text = '<div>\n```\n<b>x</b>\n```\n</div>\n\n```\ncode\n```\n';
    expect(readWith(fromMarkdownCodeAside, text, false)).toEqual(readWith(fromMarkdown, text, false));
  });

  it('gives micromark’s tree, or its error, for any mix of fences, containers, HTML, JSX and prose', () => {
    const fence = fc
      .tuple(
        fc.constantFrom('', ' ', '   ', '    '),
        fc.constantFrom('```', '````', '~~~', '``'),
        fc.constantFrom('', 'js', 'json title="a"', '`x`', ' sh'),
      )
      .map(([indent, run, info]) => `${indent}${run}${info}`);
    const line = fc.oneof(
      fence,
      fc.constantFrom('```', '~~~', '```', '````'),
      fc.constantFrom(
        '',
        'Some *text* with `code` and a [link](https://example.com).',
        '- a list item',
        '  indented continuation',
        '> a quote',
        '<div>',
        '</div>',
        '<!-- a comment',
        '-->',
        '<Tabs groupId="x" values={[',
        ']}>',
        '</Tabs>',
        '{ "json": [1, 2] }',
        'export const x = 1',
        '| a | b |',
        '|---|---|',
        '# Heading',
        '---',
        '\t```',
        '\uE000',
      ),
    );
    const markdown = fc.array(line, { maxLength: 24 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(markdown, fc.boolean(), (text, mdx) => {
        expect(readWith(fromMarkdownCodeAside, text, mdx)).toEqual(readWith(fromMarkdown, text, mdx));
      }),
      { numRuns: 1000 },
    );
  });
});
