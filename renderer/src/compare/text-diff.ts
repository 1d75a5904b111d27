import { diffChars, diffWords } from 'diff';

/** One piece of a text change: kept, removed (in the older text only) or added (in the newer only). */
export interface DiffPiece {
  text: string;
  change: 'same' | 'removed' | 'added';
}

/**
 * The changes between two versions of an article: character by character for Chinese
 * (no spaces between words), word by word otherwise.
 * @example textDiff('甲乙丙', '甲丁丙', 'zh') // same 甲, removed 乙, added 丁, same 丙
 */
export function textDiff(older: string, newer: string, lang: string): DiffPiece[] {
  const changes = lang.toLowerCase().startsWith('zh') ? diffChars(older, newer) : diffWords(older, newer);
  return changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
