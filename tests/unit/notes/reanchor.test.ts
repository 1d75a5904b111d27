import { describe, expect, it } from 'vitest';
import { flatten } from '../../../electron/core/notes/anchor/doc-text';
import { quoteAt } from '../../../electron/core/notes/anchor/quote';
import { type OldAnchor, prepareTarget, reanchor } from '../../../electron/core/notes/anchor/reanchor';

/** A document version from passage texts, numbered 1, 2, 3… */
function version(texts: string[], ids = texts.map((_, i) => `p${i + 1}`)) {
  return flatten(
    'd1',
    1,
    1,
    texts.map((text, i) => ({ id: ids[i]!, ordinal: i, kind: 'article', number: String(i + 1), title: null, text })),
  );
}

function anchorOn(texts: string[], passage: number, quote: string): OldAnchor {
  const flat = version(texts);
  const p = flat.passages[passage]!;
  const start = flat.text.indexOf(quote, p.start);
  return {
    quote: quoteAt(flat.text, start, start + quote.length),
    passageId: p.id,
    passageKey: { ordinal: passage, kind: 'article', number: p.number },
    start: start - p.start,
  };
}

const before = [
  'Banks must verify the identity of every customer before opening an account.',
  'Records of large transactions are kept for five years after the business relationship ends.',
  'Suspicious transactions are reported to the supervisory authority without delay.',
];

describe('reanchor', () => {
  it('keeps a quote found in the same passage anchored, at its new offset', () => {
    const old = anchorOn(before, 1, 'kept for five years');
    const after = [before[0]!, `In all cases, ${before[1]!}`, before[2]!];
    const placed = reanchor(prepareTarget(version(after)), old)!;
    expect([placed.status, placed.passage.id, placed.start, placed.quote.exact]).toEqual([
      'anchored',
      'p2',
      'In all cases, Records of large transactions are '.length,
      'kept for five years',
    ]);
  });

  it('finds an exact quote in another passage (a renumbered clause) as moved', () => {
    const old = anchorOn(before, 2, 'Suspicious transactions are reported');
    const after = ['A new first article on scope.', ...before];
    const placed = reanchor(prepareTarget(version(after, ['p9', 'p1', 'p2', 'p4'])), old)!;
    expect([placed.status, placed.passage.id, placed.passage.number]).toEqual(['moved', 'p4', '4']);
  });

  it('places a slightly reworded sentence approximately, as changed', () => {
    const old = anchorOn(before, 1, before[1]!);
    const after = [
      before[0]!,
      'Records of large transactions are kept for seven years after the business relationship ends.',
      before[2]!,
    ];
    const placed = reanchor(prepareTarget(version(after)), old)!;
    expect([placed.status, placed.quote.exact]).toEqual(['changed', after[1]]);
  });

  it('orphans a quote whose sentence was replaced by unrelated text rather than place it on the best weak match', () => {
    const old = anchorOn(before, 1, before[1]!);
    const after = [
      before[0]!,
      'Branches publish their opening hours on the official website each quarter.',
      before[2]!,
    ];
    expect(reanchor(prepareTarget(version(after)), old)).toBeUndefined();
  });

  it('places a note on its own reworded clause, not on an exact copy of its old wording in another clause', () => {
    const texts = [
      'Payment institutions: Firms must report suspicious transfers within 30 days.',
      'Card issuers keep records for five years. Firms must report suspicious transfers within 30 days of the review.',
    ];
    const old = anchorOn(texts, 0, 'Firms must report suspicious transfers within 30 days.');
    const after = ['Payment institutions: Firms must report suspicious transfers within 15 days.', texts[1]!];
    const placed = reanchor(prepareTarget(version(after)), old)!;
    expect([placed.status, placed.passage.id, placed.quote.exact]).toEqual([
      'changed',
      'p1',
      'Firms must report suspicious transfers within 15 days.',
    ]);
  });

  it('refuses a near-identical clause in another passage when the surrounding text disagrees', () => {
    const texts = [
      'Scope and definitions of this notice.',
      'Late reports incur a fine of 100 yuan per day of delay.',
      'Supervision is by the central bank.',
    ];
    const old = anchorOn(texts, 1, 'a fine of 100 yuan per day of delay');
    const after = [
      'Branches publish their opening hours every quarter.',
      'Late filings incur a fine of 500 yuan per day of delay.',
    ];
    expect(
      reanchor(prepareTarget(version(after, ['q1', 'q2'])), { ...old, passageId: 'gone', passageKey: undefined }),
    ).toBeUndefined();
  });

  it('refuses a short quote found elsewhere when neither its context nor uniqueness backs it', () => {
    const old = anchorOn(before, 0, 'account');
    const after = ['The account holder may close the account at any time.', 'Fees are listed in the annex.'];
    expect(
      reanchor(prepareTarget(version(after, ['q1', 'q2'])), { ...old, passageId: 'gone', passageKey: undefined }),
    ).toBeUndefined();
  });

  it('folds formatting: full-width colons and extra blank lines still match exactly', () => {
    const texts = ['Scope: this notice applies to banks.', 'Duty: report within 24 hours.'];
    const old = anchorOn(texts, 1, 'Duty: report');
    const placed = reanchor(
      prepareTarget(version(['Scope：this notice applies to banks.', 'Duty：\n\nreport within 24 hours.'])),
      old,
    )!;
    expect([placed.status, placed.quote.exact]).toEqual(['anchored', 'Duty：\n\nreport']);
  });

  it('re-anchors a highlight that runs across two adjacent passages', () => {
    const flat = version(before);
    const start = flat.text.indexOf('before opening an account.');
    const end = flat.text.indexOf(' are kept');
    const old: OldAnchor = {
      quote: quoteAt(flat.text, start, end),
      passageId: 'p1',
      passageKey: { ordinal: 0, kind: 'article', number: '1' },
      start: start,
    };
    const placed = reanchor(prepareTarget(version(['Preamble.', ...before], ['p0', 'p1', 'p2', 'p3'])), old)!;
    expect([placed.status, placed.passage.id, placed.endPassage.id, placed.end]).toEqual([
      'anchored',
      'p1',
      'p2',
      'Records of large transactions'.length,
    ]);
  });
});
