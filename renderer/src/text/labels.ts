import type { Relation } from '../../../shared/model';

export { clauseLabel } from '../../../shared/labels';

/** "Repealed by Yinfa [2021] No. 237" and the like. */
export function relationLabel(type: Relation['type']): string {
  switch (type) {
    case 'repeals':
      return 'Repeals';
    case 'amends':
      return 'Amends';
    case 'repealed-by':
      return 'Repealed by';
    case 'amended-by':
      return 'Amended by';
    case 'supersedes':
      return 'Supersedes';
    case 'superseded-by':
      return 'Superseded by';
  }
}
