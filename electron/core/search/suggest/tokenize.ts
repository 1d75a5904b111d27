import { cjkTokens } from '../../text/index-text';
import { foldWidth } from '../../text/normalize';
import { wordOrCjkRunPattern } from '../text/tokens';

/**
 * The suggestion index's tokenizer: Latin-script words as they are (MiniSearch lowercases
 * them), CJK runs as overlapping bigrams (a one-character run as itself). A one-character
 * query then finds bigrams by prefix, a longer one its bigrams.
 *
 *   suggestTokens('API 限流策略') → ['API', '限流', '流策', '策略']
 */
export function suggestTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of foldWidth(text).matchAll(wordOrCjkRunPattern)) {
    if (m[1] === undefined) {
      out.push(m[0]);
      continue;
    }
    const tokens = cjkTokens(m[0]);
    out.push(...(tokens.length === 1 ? tokens : tokens.slice(0, -1)));
  }
  return out;
}
