import type { PassageKind } from '../../../shared/model';

/**
 * The short label a passage is cited by: "Art. 5" (English), "第5条" (Chinese), "Q" for FAQs.
 *
 * @example clauseLabel('article', '5', 'zh') // '第5条'
 */
export function clauseLabel(kind: PassageKind, number: string | undefined, lang: string): string {
  const zh = lang.toLowerCase().startsWith('zh');
  switch (kind) {
    case 'faq':
      return number ? `Q${number}` : 'Q';
    case 'article':
      if (!number) return zh ? '条' : 'Art.';
      return zh ? `第${number}条` : `Art. ${number}`;
    case 'recital':
      return number ? `(${number})` : zh ? '序言' : 'Recital';
    case 'section':
      return number ? `§ ${number}` : '';
    case 'paragraph':
      return number ?? '';
  }
}

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
