import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentView } from '../../../renderer/src/reader/content/ContentView';
import { nonEmptyLines } from '../../../renderer/src/reader/content/lines';
import { findLiteralRanges } from '../../../renderer/src/text/ranges';
import { type ContentBlock, contentPlainText } from '../../../shared/content-tree';

const tree: ContentBlock[] = [
  {
    t: 'p',
    c: [
      { t: 'text', v: 'The ' },
      { t: 'code', v: 'limit-count' },
      { t: 'text', v: ' plugin limits requests.' },
    ],
  },
  {
    t: 'list',
    ordered: false,
    items: [
      [
        {
          t: 'p',
          c: [
            { t: 'strong', c: [{ t: 'text', v: 'limit' }] },
            { t: 'text', v: ': the quota' },
          ],
        },
      ],
    ],
  },
  {
    t: 'table',
    head: true,
    rows: [
      [[{ t: 'text', v: 'Name' }], [{ t: 'text', v: 'Type' }]],
      [[{ t: 'text', v: 'count' }], [{ t: 'text', v: 'integer' }]],
    ],
  },
  { t: 'pre', lang: 'shell', v: 'curl -i <x>\nlimit=1' },
  {
    t: 'p',
    c: [
      { t: 'link', href: 'https://example.org/a', c: [{ t: 'text', v: 'docs' }] },
      { t: 'text', v: ' and ' },
      { t: 'link', c: [{ t: 'text', v: 'local' }] },
    ],
  },
];
const text = contentPlainText(tree);

/** Renders the tree with find marks for `needle`, numbered per line as the reader numbers them. */
function render(needle: string): string {
  let first = 0;
  const fields = nonEmptyLines(text).map((line) => {
    const ranges = findLiteralRanges(text.slice(line.start, line.end), needle);
    const field = { ranges, first };
    first += ranges.length;
    return field;
  });
  return renderToStaticMarkup(
    createElement(ContentView, {
      content: tree,
      text,
      lineMarks: (line: number) => {
        const field = fields[line];
        return field && field.ranges.length > 0
          ? { ranges: field.ranges, attrs: (n: number) => ({ id: `m${field.first + n}`, className: 'find' }) }
          : undefined;
      },
    }),
  );
}

describe('ContentView', () => {
  it('renders lists, tables, code and inline styling as elements, with the list marker as text', () => {
    const html = render('');
    expect(html).toContain('<code>limit-count</code>');
    expect(html).toContain(
      '<ul class="content-list"><li><span class="content-marker">- </span><p><strong><span>limit</span></strong>',
    );
    expect(html).toContain('<th><span>Name</span></th><th><span>Type</span></th>');
    expect(html).toContain('<td><span>count</span></td><td><span>integer</span></td>');
    expect(html).toContain('<pre class="content-code" data-lang="shell"><code>curl -i &lt;x&gt;\nlimit=1</code></pre>');
  });
  it('never renders a link element: the URL is shown as text, a non-http link as plain text', () => {
    const html = render('');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('href=');
    expect(html).toContain('<span>docs</span><span class="content-link-url"> ⟨https://example.org/a⟩</span>');
    expect(html).toContain('<span class="content-link neutral"><span>local</span></span>');
  });
  it('puts each find mark on the characters the plain text has there, numbered in reading order', () => {
    const html = render('limit');
    const marks = [...html.matchAll(/<mark id="(m\d+)" class="find">([^<]*)<\/mark>/g)].map((m) => [m[1], m[2]]);
    expect(marks).toEqual([
      ['m0', 'limit'],
      ['m1', 'limit'],
      ['m2', 'limit'],
      ['m3', 'limit'],
    ]);
    expect(html).toContain('<code><mark id="m0" class="find">limit</mark>-count</code>');
    expect(html).toContain('<strong><span><mark id="m2" class="find">limit</mark></span></strong>');
  });
});
