import { clauseSpellings } from '../../../shared/labels';
import type { Passage } from '../../../shared/model';
import { findLiteralRanges, findTermRanges, normalizeRanges, type Range } from '../text/ranges';

/** A paragraph of a passage's text and where it starts in that text. */
export interface ParagraphSpan {
  text: string;
  start: number;
}

/** The paragraphs a passage's text is shown as, with their offsets (for cross-reference ranges). */
export function paragraphSpans(text: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim() !== '') spans.push({ text: m[0], start: m.index ?? 0 });
  }
  return spans.length > 0 ? spans : [{ text, start: 0 }];
}

/** The paragraphs a passage's text is shown as. */
export function paragraphsOf(text: string): string[] {
  return paragraphSpans(text).map((p) => p.text);
}

/** Marks inside one piece of text; `first` numbers the first mark across the whole document. */
export interface FieldMarks {
  ranges: Range[];
  first: number;
}

export interface DocumentMarks {
  /** Keyed by `${passageId}:label`, `${passageId}:title` and `${passageId}:${paragraphIndex}`. */
  fields: Map<string, FieldMarks>;
  total: number;
  /** The passage holding each mark, in order (so the reader can bring mark n on screen). */
  passageOfMark: string[];
}

export const labelKey = (passageId: string) => `${passageId}:label`;
export const titleKey = (passageId: string) => `${passageId}:title`;
export const paragraphKey = (passageId: string, index: number) => `${passageId}:${index}`;

/** Literal matches of the needle or of its other clause spelling (第12条 ↔ 第十二条). */
function findAnySpelling(text: string, needles: readonly string[]): Range[] {
  if (needles.length === 1) return findLiteralRanges(text, needles[0] as string);
  return normalizeRanges(
    needles.flatMap((n) => findLiteralRanges(text, n)),
    text.length,
  );
}

/**
 * Finds the marks for a whole document in reading order, numbering them so the reader
 * can say "3 of 12" and jump between them. `find` wins over `terms` when both are given.
 * `labelOf` gives each passage's clause label as shown, so 第十二条 is found where it is shown.
 */
export function markDocument(
  passages: readonly Passage[],
  find: string,
  terms: readonly string[],
  labelOf: (p: Passage) => string = () => '',
): DocumentMarks {
  const fields = new Map<string, FieldMarks>();
  const passageOfMark: string[] = [];
  const needle = find.trim();
  if (needle === '' && terms.length === 0) return { fields, total: 0, passageOfMark };
  const needles = [needle, ...clauseSpellings(needle)];
  const rangesOf = (text: string) => (needle !== '' ? findAnySpelling(text, needles) : findTermRanges(text, terms));
  let total = 0;
  const add = (passageId: string, key: string, text: string) => {
    const ranges = rangesOf(text);
    if (ranges.length === 0) return;
    fields.set(key, { ranges, first: total });
    total += ranges.length;
    for (let i = 0; i < ranges.length; i++) passageOfMark.push(passageId);
  };
  for (const passage of passages) {
    if (needle !== '') {
      const label = labelOf(passage);
      if (label) add(passage.id, labelKey(passage.id), label);
    }
    if (passage.title) add(passage.id, titleKey(passage.id), passage.title);
    paragraphsOf(passage.text).forEach((paragraph, i) => {
      add(passage.id, paragraphKey(passage.id, i), paragraph);
    });
  }
  return { fields, total, passageOfMark };
}

export const findMarkId = (n: number) => `find-match-${n}`;
