import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../electron/core/notes/anchor/doc-text';
import { foldString } from '../../../electron/core/notes/anchor/normalize-map';
import { quoteAt } from '../../../electron/core/notes/anchor/quote';
import { prepareTarget, reanchor } from '../../../electron/core/notes/anchor/reanchor';
import { seedPath } from '../../support/corpus';

/** Real prose: the seed notice's article lines (lines starting with "(N)" or "(I)"…). */
const articles = readFileSync(seedPath, 'utf8')
  .split('\n')
  .filter((l) => /^\((?:[IVX]+|\d+)\)/.test(l))
  .slice(0, 12);

function version(texts: readonly string[]) {
  return flatten(
    'd1',
    1,
    1,
    texts.map((text, i) => ({ id: `p${i}`, ordinal: i, kind: 'article', number: String(i + 1), title: null, text })),
  );
}

/** A formatting-only rewrite: ASCII punctuation to full width here and there, extra white space at spaces. */
function reformat(text: string, seed: number): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return [...text]
    .map((c) => {
      if (c === ':' && next() < 0.7) return '：';
      if (c === ',' && next() < 0.5) return '，';
      if (c === ' ' && next() < 0.2) return next() < 0.5 ? '  ' : '\n\n';
      return c;
    })
    .join('');
}

describe('re-anchoring after a formatting-only change (property)', () => {
  it('places every highlight exactly, on the same passage, with the same folded text', () => {
    expect(articles).toHaveLength(12);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: articles.length - 1 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 8, max: 120 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (passage, startSeed, length, seed) => {
          const text = articles[passage]!;
          const start = startSeed % Math.max(1, text.length - length);
          const end = Math.min(text.length, start + length);
          const before = version(articles);
          const at = before.passages[passage]!.start;
          const old = {
            quote: quoteAt(before.text, at + start, at + end),
            passageId: `p${passage}`,
            passageKey: { ordinal: passage, kind: 'article', number: String(passage + 1) },
            start,
          };
          const after = version(articles.map((t, i) => reformat(t, seed + i)));
          const placed = reanchor(prepareTarget(after), old);
          expect(placed?.status).toBe('anchored');
          expect(placed?.passage.id).toBe(`p${passage}`);
          expect(foldString(placed!.quote.exact).trim()).toBe(foldString(old.quote.exact).trim());
        },
      ),
      { numRuns: 200 },
    );
  });
});
