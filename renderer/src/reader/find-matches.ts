import type { Passage } from '../../../shared/model';
import { findLiteralRanges, findTermRanges, type Range } from '../text/ranges';

/** The paragraphs a passage's text is shown as. */
export function paragraphsOf(text: string): string[] {
  const parts = text.split(/\n+/).filter((p) => p.trim() !== '');
  return parts.length > 0 ? parts : [text];
}

/** Marks inside one piece of text; `first` numbers the first mark across the whole document. */
export interface FieldMarks {
  ranges: Range[];
  first: number;
}

export interface DocumentMarks {
  /** Keyed by `${passageId}:title` and `${passageId}:${paragraphIndex}`. */
  fields: Map<string, FieldMarks>;
  total: number;
}

export const titleKey = (passageId: string) => `${passageId}:title`;
export const paragraphKey = (passageId: string, index: number) => `${passageId}:${index}`;

/**
 * Finds the marks for a whole document in reading order, numbering them so the reader
 * can say "3 of 12" and jump between them. `find` wins over `terms` when both are given.
 */
export function markDocument(passages: readonly Passage[], find: string, terms: readonly string[]): DocumentMarks {
  const fields = new Map<string, FieldMarks>();
  const needle = find.trim();
  if (needle === '' && terms.length === 0) return { fields, total: 0 };
  const rangesOf = (text: string) => (needle !== '' ? findLiteralRanges(text, needle) : findTermRanges(text, terms));
  let total = 0;
  const add = (key: string, text: string) => {
    const ranges = rangesOf(text);
    if (ranges.length === 0) return;
    fields.set(key, { ranges, first: total });
    total += ranges.length;
  };
  for (const passage of passages) {
    if (passage.title) add(titleKey(passage.id), passage.title);
    paragraphsOf(passage.text).forEach((paragraph, i) => {
      add(paragraphKey(passage.id, i), paragraph);
    });
  }
  return { fields, total };
}

export const findMarkId = (n: number) => `find-match-${n}`;
