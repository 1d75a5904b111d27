import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LocalHighlight } from '../../../renderer/src/notes/highlight-segments';
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

/** Renders the tree with find marks for `needle`, without the offset attributes (tested on their own below). */
function render(needle: string): string {
  return renderWithOffsets(needle).replace(/ data-text-start="\d+"/g, '');
}

/** Renders the tree with find marks for `needle`, numbered per line as the reader numbers them. */
function renderWithOffsets(needle: string, highlights: LocalHighlight[] = []): string {
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
      highlights,
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
    expect(html).toContain(
      '<pre class="content-code" data-lang="shell" tabindex="0"><code>curl -i &lt;x&gt;\nlimit=1</code></pre>',
    );
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

  it('gives every run of text the plain-text offset it starts at (code, list marker, nested text, table cells)', () => {
    const html = renderWithOffsets('');
    const runs = [...html.matchAll(/data-text-start="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2]]);
    expect(runs).toEqual([
      [0, 'The '],
      [4, 'limit-count'],
      [15, ' plugin limits requests.'],
      [41, '- '],
      [43, 'limit'],
      [48, ': the quota'],
      [61, 'Name'],
      [66, 'Type'],
      [71, 'count'],
      [77, 'integer'],
      [86, 'curl -i &lt;x&gt;\nlimit=1'],
      [107, 'docs'],
      [111, ' and '],
      [116, 'local'],
    ]);
    for (const [start, shown] of runs) {
      const plain = String(shown).replace('&lt;', '<').replace('&gt;', '>');
      expect(text.slice(Number(start), Number(start) + plain.length)).toBe(plain);
    }
  });
});

/** A tree with a table, a nested list and inline code, as the APISIX plugin pages have. */
const nested: ContentBlock[] = [
  {
    t: 'table',
    head: true,
    rows: [
      [[{ t: 'text', v: 'Name' }], [{ t: 'text', v: 'Default' }]],
      [[{ t: 'code', v: 'time_window' }], [{ t: 'text', v: '60 seconds' }]],
    ],
  },
  {
    t: 'list',
    ordered: true,
    items: [
      [
        { t: 'p', c: [{ t: 'text', v: 'Enable the plugin' }] },
        {
          t: 'list',
          ordered: false,
          items: [
            [
              {
                t: 'p',
                c: [
                  { t: 'text', v: 'set ' },
                  { t: 'code', v: 'count' },
                ],
              },
            ],
          ],
        },
      ],
    ],
  },
];
const nestedText = contentPlainText(nested);

function renderNested(highlights: LocalHighlight[]): string {
  return renderToStaticMarkup(
    createElement(ContentView, { content: nested, text: nestedText, lineMarks: () => undefined, highlights }),
  );
}

describe('ContentView offsets over a table, a nested list and inline code', () => {
  it('lays the tree out as the passage text does', () => {
    expect(nestedText).toBe('Name\tDefault\ntime_window\t60 seconds\n\n1. Enable the plugin\n\n- set count');
  });

  it('starts each run at its exact offset in the passage text', () => {
    const runs = [...renderNested([]).matchAll(/data-text-start="(\d+)">([^<]*)</g)].map((m) => [Number(m[1]), m[2]]);
    expect(runs).toEqual([
      [0, 'Name'],
      [5, 'Default'],
      [13, 'time_window'],
      [25, '60 seconds'],
      [37, '1. '],
      [40, 'Enable the plugin'],
      [59, '- '],
      [61, 'set '],
      [65, 'count'],
    ]);
  });

  it('draws a highlight on a table cell and one inside the nested list on the characters they cover', () => {
    const html = renderNested([
      { id: 'cell', start: 25, end: 35, colour: 'green', hasNote: false, head: true },
      { id: 'item', start: 61, end: 70, colour: 'blue', hasNote: true, head: true },
    ]);
    const marks = [...html.matchAll(/<mark class="([^"]*)" data-note-id="(\w+)">(.*?)<\/mark>/g)].map((m) => [
      m[2],
      m[1],
      m[3]?.replace(/<[^>]*>/g, ''),
    ]);
    expect(marks).toEqual([
      ['cell', 'hl hl-green', '60 seconds'],
      ['item', 'hl hl-blue hl-note', 'set '],
      ['item', 'hl hl-blue hl-note', 'count'],
    ]);
    expect(html).toContain(
      '<td><span data-text-start="25"><mark class="hl hl-green" data-note-id="cell"><span class="hl-head" role="button" tabindex="0"',
    );
  });

  it('makes only the start of a highlight that runs over several runs focusable', () => {
    const html = renderNested([{ id: 'item', start: 61, end: 70, colour: 'blue', hasNote: false, head: true }]);
    expect(html.match(/tabindex="0"/g)?.length).toBe(1);
    expect(html).toContain(
      '<span data-text-start="61"><mark class="hl hl-blue" data-note-id="item"><span class="hl-head"',
    );
  });
});
