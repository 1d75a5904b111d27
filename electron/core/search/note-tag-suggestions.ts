import type { Suggestion } from '../../../shared/model';
import { defaultSuggestLimit } from './create-engine';

/** Most tag suggestions in one list: the library's own suggestions keep most of the room. */
const maxTagSuggestions = 3;

/**
 * The library's suggestions with the user's note tags that start with the prefix (any case)
 * added at the end, within the same limit (after an `in:notes ` the rest is the prefix). A tag suggestion has no document (`docId` '');
 * choosing it searches `in:notes TAG`.
 *
 *   withNoteTags([s1, s2], ['kyc', 'aml'], { prefix: 'K' }) → [s1, s2, { text: 'kyc', kind: 'tag', … }]
 */
export function withNoteTags(
  library: readonly Suggestion[],
  tags: readonly string[],
  input: { prefix: string; limit?: number },
): Suggestion[] {
  const limit = Math.max(1, Math.min(50, input.limit ?? defaultSuggestLimit));
  // "in:notes onb" asks for tags too: what follows the filter is the tag's start.
  const prefix = input.prefix
    .trim()
    .replace(/^in:notes\s+/i, '')
    .toLocaleLowerCase();
  if (prefix === '') return library.slice(0, limit);
  const matching = tags
    .filter((tag) => tag.toLocaleLowerCase().startsWith(prefix))
    .slice(0, Math.min(maxTagSuggestions, limit))
    .map((tag): Suggestion => ({ text: tag, kind: 'tag', docId: '', docTitle: '' }));
  return [...library.slice(0, limit - matching.length), ...matching];
}
