export { clauseLabel } from '../../../shared/labels';

/** "Repealed by Yinfa [2021] No. 237" and the like. */
export function relationLabel(type: 'repeals' | 'amends' | 'repealed-by' | 'amended-by'): string {
  switch (type) {
    case 'repeals':
      return 'Repeals';
    case 'amends':
      return 'Amends';
    case 'repealed-by':
      return 'Repealed by';
    case 'amended-by':
      return 'Amended by';
  }
}
