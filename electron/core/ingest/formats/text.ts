import type { Block, BlockSource } from '../blocks';

/**
 * Plain text → one paragraph block per non-empty line (scraped pages put one paragraph per line).
 * Headings are inferred later (structure/sections.ts) because plain text does not mark them.
 */
export function textToBlocks(text: string): BlockSource {
  const blocks: Block[] = [];
  let blank = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      blank = true;
      continue;
    }
    blocks.push({ type: 'para', text: trimmed, blankBefore: blank });
    blank = false;
  }
  return { blocks, meta: {}, warnings: [] };
}
