/**
 * Limits several layers share (the API contract, the core, the CLI), declared once.
 * Each bounds the work one call can cause, whatever its input.
 */

/** Longest query accepted, in UTF-16 code units: a pasted page of text fits. */
export const maxQueryChars = 10_000;

/**
 * Most distinct search terms one query is reduced to; the rest are dropped (and the result
 * says so). Each term is a matcher run over every candidate, so this bounds reranking.
 */
export const maxQueryTerms = 32;

/** Most hits one search returns. */
export const maxSearchHits = 5_000;

/**
 * Wall-clock budget of one search call; past it the engine returns what it has, marked
 * partial. Half a second leaves room, within the one-second goal, for the statement
 * running when it ran out and the page's snippets (a typical search takes 5–50 ms).
 */
export const searchTimeBudgetMs = 500;

/**
 * Hits the renderer asks for first: two screens of the list (about ten rows each), so the
 * first screen's snippets are the only ones waited for; the rest come on scroll.
 */
export const firstPageHits = 20;

/** The most hits the renderer asks for, once the list is scrolled near the end of the first page. */
export const renderedSearchHits = 1_000;
