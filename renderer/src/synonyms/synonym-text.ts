import type { SynonymGroups } from '../../../shared/model';

/** One group per line, terms separated by commas (also "，" and "、"). */
export function formatGroups(groups: SynonymGroups): string {
  return groups.map((g) => g.join(', ')).join('\n');
}

export interface ParsedGroups {
  groups: string[][];
  /** Problems with line numbers, e.g. "Line 3: a group needs at least two terms". */
  errors: string[];
}

/**
 * Reads the editor's text; blank lines are skipped, duplicate terms in a line dropped.
 *
 * @example parseGroups('央行, 中国人民银行') // { groups: [['央行','中国人民银行']], errors: [] }
 */
export function parseGroups(text: string): ParsedGroups {
  const groups: string[][] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const terms = [
      ...new Set(
        line
          .split(/[,，、]/)
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ),
    ];
    const where = `Line ${i + 1}`;
    if (terms.length < 2) errors.push(`${where}: a group needs at least two terms`);
    else if (terms.length > 20) errors.push(`${where}: at most 20 terms in a group`);
    const long = terms.find((t) => t.length > 100);
    if (long) errors.push(`${where}: "${long.slice(0, 20)}…" is longer than 100 characters`);
    groups.push(terms);
  });
  if (groups.length > 500) errors.push(`At most 500 groups (found ${groups.length})`);
  return { groups, errors };
}
