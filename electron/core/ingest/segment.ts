import type { Block } from './blocks';
import { closingFormula, linkListMarker } from './clean/noise';
import { zhArticleStart } from './structure/articles-zh';
import { isHeadlineLike, isStructuralHeading } from './structure/sections';

/** A text with this many 第X条 articles is a law: what follows its closing article (schedules, tables) is its own. */
const lawArticles = 5;

/** A body paragraph long enough to be an article's text rather than a teaser line. */
const bodyChars = 300;

export interface Segmented {
  /** One block list per document found (page noise removed). */
  documents: Block[][];
  /** How many blocks were dropped as page noise. */
  removed: number;
}

/**
 * Splits scraped text into documents and drops page noise between them: "You may also like" link
 * lists and runs of headlines after a notice's closing formula. A noise zone ends where a headline is
 * followed by a real body paragraph — that headline starts the next document.
 */
export function segmentPage(blocks: Block[]): Segmented {
  const documents: Block[][] = [];
  let current: Block[] = [];
  let inNoise = false;
  let removed = 0;
  let articles = 0;
  for (const block of blocks) if (block.type === 'para' && zhArticleStart(block.text)) articles++;
  const isLaw = articles >= lawArticles;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (!block.code && linkListMarker.test(block.text.trim())) {
      inNoise = true;
      removed++;
      continue;
    }
    if (inNoise) {
      if (startsDocument(blocks, i)) {
        inNoise = false;
        if (current.length > 0) documents.push(current);
        current = [block];
      } else {
        removed++;
      }
      continue;
    }
    current.push(block);
    if (!isLaw && block.type === 'para' && closingFormula.test(block.text)) {
      const next = blocks[i + 1];
      if (next && next.type === 'para' && isHeadlineLike(next.text) && !isStructuralHeading(next.text)) {
        if (!startsDocument(blocks, i + 1)) inNoise = true;
      }
    }
  }
  if (current.length > 0) documents.push(current);
  return { documents, removed };
}

function isBareHeadline(block: Block): boolean {
  return block.type === 'heading' || isHeadlineLike(block.text);
}

function startsDocument(blocks: Block[], i: number): boolean {
  const block = blocks[i] as Block;
  const next = blocks[i + 1];
  return isBareHeadline(block) && next !== undefined && next.type === 'para' && next.text.length >= bodyChars;
}
