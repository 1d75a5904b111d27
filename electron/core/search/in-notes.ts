import type { SearchHit, SearchResult } from '../../../shared/model';
import { parseQuery } from './query/parse';

/**
 * The words an `in:notes` query looks for in the user's notes, or null when the query is
 * not an `in:notes` query (it searches the library). Clause numbers stay words here: a
 * note mentioning 第十条 is found by that text. Every word must occur (in the quote, the
 * note or a tag); `OR` and `-word` are not applied to notes.
 *
 *   notesQueryWords('in:notes 洗钱 "customer due"') → ['洗钱', 'customer due']
 */
export function notesQueryWords(query: string): string[] | null {
  const parsed = parseQuery(query, { clauses: false });
  if (parsed.filters.inNotes !== true) return null;
  return parsed.groups.flatMap((g) => g.terms.map((t) => t.text));
}

/** Searches the notes (the notes service's hits) and shapes them as a search result. */
export function searchInNotes(
  words: readonly string[],
  limit: number,
  noteHits: (words: string, limit: number) => SearchHit[],
): SearchResult {
  if (words.length === 0) {
    return {
      hits: [],
      mode: 'none',
      terms: [],
      didYouMean: [],
      partial: false,
      notices: [{ code: 'nothing-to-search' }],
    };
  }
  const hits = noteHits(words.join(' '), limit);
  return {
    hits,
    mode: hits.length > 0 ? 'all' : 'none',
    terms: [...words],
    didYouMean: [],
    partial: false,
    notices: [],
  };
}
