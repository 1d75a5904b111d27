import type { Block } from '../blocks';
import { isHeadlineLike } from '../structure/sections';

/** A repeated run must be at least this long to be folded (shorter repeats are legitimate text). */
const minRunBlocks = 3;
const minRunChars = 200;

/**
 * Folds blocks repeated on the same page: when a run of ≥3 consecutive blocks (≥200 characters)
 * opening with a headline reappears later, the later copy is dropped. Scraped pages often repeat a whole notice or a
 * summary box. Linear in practice: each dropped block is visited once.
 * @returns the kept blocks and one message per folded run
 */
export function foldRepeats(blocks: Block[]): { blocks: Block[]; folded: string[] } {
  const firstSeen = new Map<string, number>();
  const out: Block[] = [];
  const folded: string[] = [];
  let j = 0;
  while (j < blocks.length) {
    const block = blocks[j] as Block;
    const key = keyOf(block);
    const i = firstSeen.get(key);
    if (i !== undefined) {
      let k = 0;
      let chars = 0;
      while (i + k < j && j + k < blocks.length && keyOf(blocks[i + k] as Block) === keyOf(blocks[j + k] as Block)) {
        chars += (blocks[j + k] as Block).text.length;
        k++;
      }
      // Only runs that open with a headline fold: legal texts legitimately repeat list items.
      if (k >= minRunBlocks && chars >= minRunChars && (block.type === 'heading' || isHeadlineLike(block.text))) {
        const head = block.text.length > 60 ? `${block.text.slice(0, 57)}…` : block.text;
        folded.push(`folded a repeated block of ${k} paragraphs starting "${head}" (kept the first copy)`);
        j += k;
        continue;
      }
    }
    // Remember the latest occurrence: keeps runs of identical short lines linear.
    firstSeen.set(key, j);
    out.push(block);
    j++;
  }
  return { blocks: out, folded };
}

function keyOf(block: Block): string {
  return `${block.type}:${block.text}`;
}
