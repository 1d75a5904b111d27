import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from '../../core/ingest/parse-file';

/** An article as compared across formats: its number and its text with all white space removed. */
export interface ArticleKey {
  number: string;
  text: string;
}

/** White space differs by format (wrapping, CJK line breaks): texts are compared without it. */
export const foldWhitespace = (text: string): string => text.replace(/\s+/g, '');

export async function articlesOf(file: string, name = path.basename(file)): Promise<ArticleKey[]> {
  const parsed = await parseFile({ name, bytes: readFileSync(file) });
  return parsed.documents.flatMap((d) =>
    d.passages
      .filter((p) => p.kind === 'article' && p.number !== undefined)
      .map((p) => ({ number: p.number as string, text: foldWhitespace(p.text) })),
  );
}

export interface Agreement {
  /** Articles of the Markdown original. */
  expected: number;
  /** Of those, how many the other format gives with the same number and text, in order. */
  same: number;
  /** The first article that differs, for the report. */
  firstDifference?: string;
}

/** How far another format's articles agree with the original's: same numbers, same texts, same order. */
export function agreement(original: readonly ArticleKey[], other: readonly ArticleKey[]): Agreement {
  let same = 0;
  let firstDifference: string | undefined;
  original.forEach((a, i) => {
    const b = other[i];
    if (b && b.number === a.number && b.text === a.text) same++;
    else firstDifference ??= `article ${a.number}: ${b ? `got ${b.number} “${b.text.slice(0, 40)}…”` : 'missing'}`;
  });
  if (other.length > original.length) firstDifference ??= `${other.length - original.length} extra articles`;
  return firstDifference === undefined
    ? { expected: original.length, same }
    : { expected: original.length, same, firstDifference };
}
