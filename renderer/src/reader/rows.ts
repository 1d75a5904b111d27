import type { Passage } from '../../../shared/model';

/** One row of the document view: a heading shown once where the structure changes, or a passage. */
export type DocumentRow =
  | { type: 'header'; key: 'header' }
  | { type: 'heading'; key: string; level: number; text: string }
  | { type: 'passage'; key: string; passage: Passage };

/** One line of the table of contents, pointing at a row. */
export interface TocEntry {
  key: string;
  /** 0 = top-level heading (编, chapter); deeper headings and clauses indent. */
  depth: number;
  text: string;
  row: number;
  kind: 'heading' | 'clause';
}

/**
 * The rows of a document: the document header, then each passage after the headings on its
 * path that differ from the passage before, so "第一章 总则" stands once above its articles
 * instead of above each.
 */
export function documentRows(passages: readonly Passage[]): DocumentRow[] {
  const rows: DocumentRow[] = [{ type: 'header', key: 'header' }];
  let previous: readonly string[] = [];
  for (const passage of passages) {
    const path = passage.path ?? [];
    let same = 0;
    while (same < path.length && same < previous.length && path[same] === previous[same]) same++;
    for (let level = same; level < path.length; level++) {
      rows.push({ type: 'heading', key: `h:${passage.id}:${level}`, level, text: path[level] as string });
    }
    rows.push({ type: 'passage', key: passage.id, passage });
    previous = path;
  }
  return rows;
}

/**
 * The table of contents: every heading, and every clause (article, FAQ question, titled
 * section) under it. `label` words a clause the way the reader shows it.
 */
export function tableOfContents(rows: readonly DocumentRow[], label: (p: Passage) => string): TocEntry[] {
  const entries: TocEntry[] = [];
  let depth = 0;
  rows.forEach((row, index) => {
    if (row.type === 'header') return;
    if (row.type === 'heading') {
      depth = row.level + 1;
      entries.push({ key: row.key, depth: row.level, text: row.text, row: index, kind: 'heading' });
      return;
    }
    const p = row.passage;
    if (p.kind === 'paragraph') return;
    const text = [label(p), p.title].filter(Boolean).join(' ');
    if (text === '') return;
    entries.push({ key: row.key, depth: (p.path ?? []).length === 0 ? 0 : depth, text, row: index, kind: 'clause' });
  });
  return entries;
}

/** The TOC entry for the row at the top of the view: the last entry at or before it. */
export function currentEntry(entries: readonly TocEntry[], topRow: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as TocEntry).row <= topRow) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
