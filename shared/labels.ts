import type { PassageKind } from './model';

/**
 * The short label a passage is cited by: "Art. 5", "§ 1005.2", "第5条", "Recital 12", "Q".
 * Shared by the reader, the hit list and the CLI so a clause reads the same everywhere.
 *
 * @example clauseLabel('article', '5', 'zh') // '第5条'
 */
export function clauseLabel(kind: PassageKind, number: string | undefined, lang: string): string {
  const zh = lang.toLowerCase().startsWith('zh');
  switch (kind) {
    case 'faq':
      return number ? `Q${number}` : 'Q';
    case 'article':
      if (!number) return '';
      if (zh) return `第${number}条`;
      return /^\d+\.\d+/.test(number) ? `§ ${number}` : `Art. ${number}`;
    case 'recital':
      if (!number) return '';
      return zh ? `序言第${number}段` : `Recital ${number}`;
    case 'section':
      return number ? `§ ${number}` : '';
    case 'paragraph':
      return number ?? '';
  }
}
