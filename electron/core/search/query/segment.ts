import { isStopWord } from './stopwords';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Splits a CJK run into dictionary words (ICU), dropping stop words and punctuation.
 *
 *   segmentWords('如何避免超过限流') → ['避免', '超过', '限流']
 */
export function segmentWords(run: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(run)) {
    if (s.isWordLike && !isStopWord(s.segment)) out.push(s.segment);
  }
  return out;
}
