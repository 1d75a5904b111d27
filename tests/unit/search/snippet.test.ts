import { describe, expect, it } from 'vitest';
import { compileMatcher, locate } from '../../../electron/core/search/snippet/locate';
import { makeSnippet } from '../../../electron/core/search/snippet/snippet';

const term = (text: string, id = 0, prefix = false) =>
  compileMatcher({ text, phrase: text.includes(' '), prefix }, id)!;
const marked = (s: { text: string; highlights: [number, number][] }) =>
  s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('locate', () => {
  it('finds a word by its stem', () => {
    expect(locate('Rate limits apply; limited use.', [term('limit')])).toEqual([
      { start: 5, end: 11, id: 0 },
      { start: 19, end: 26, id: 0 },
    ]);
  });
  it('finds a Han word as a substring', () => {
    expect(locate('金融机构应当履行反洗钱义务', [term('反洗钱')])).toEqual([{ start: 8, end: 11, id: 0 }]);
  });
  it('finds a phrase only with its words adjacent', () => {
    expect(locate('a rate limit, not a limit on rate', [term('rate limit')])).toEqual([{ start: 2, end: 12, id: 0 }]);
  });
  it('finds a prefix at word starts only', () => {
    expect(locate('tokens and stablecoins', [term('token', 0, true)])).toEqual([{ start: 0, end: 6, id: 0 }]);
  });
  it('finds full-width letters as their ASCII', () => {
    expect(locate('ＡＰＩ key', [term('api')])).toEqual([{ start: 0, end: 3, id: 0 }]);
  });
  it('finds a mixed phrase across the Latin–Han boundary', () => {
    expect(locate('创建API密钥。', [term('API 密钥')])).toEqual([{ start: 2, end: 7, id: 0 }]);
  });
});

describe('makeSnippet', () => {
  it('keeps a short text whole with its highlights', () => {
    const text = 'Rate limits apply.';
    expect(makeSnippet(text, locate(text, [term('limit')]))).toEqual({ text, highlights: [[5, 11]] });
  });
  it('cuts a long text around the match with ellipses on both sides', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The stablecoin clause. ${'Sed do eiusmod tempor. '.repeat(20)}`;
    const s = makeSnippet(text, locate(text, [term('stablecoin')]));
    expect([s.text.startsWith('…'), s.text.endsWith('…'), marked(s)]).toEqual([true, true, ['stablecoin']]);
  });
  it('stays about 200 characters long', () => {
    const text = 'word '.repeat(400);
    expect(makeSnippet(text, locate(text, [term('word')])).text.length).toBeLessThanOrEqual(222);
  });
  it('prefers the window holding the most different terms', () => {
    const text = `alpha ${'x '.repeat(200)}alpha beta ${'y '.repeat(200)}`;
    const s = makeSnippet(text, locate(text, [term('alpha', 0), term('beta', 1)]));
    expect(marked(s)).toEqual(['alpha', 'beta']);
  });
  it('shows runs of whitespace as one space and keeps highlights aligned', () => {
    const text = 'First line.\n\nSecond   line with 风险 here.';
    const s = makeSnippet(text, locate(text, [term('风险')]));
    expect([s.text, marked(s)]).toEqual(['First line. Second line with 风险 here.', ['风险']]);
  });
});
