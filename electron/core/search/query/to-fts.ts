import { termPieces, termTokens } from './term-text';
import type { ParsedQuery, QueryTerm } from './types';

/**
 * The FTS5 columns a passage's own words are in. Not `number`: a bare 30 is a word to find
 * in the text, not every article numbered 30 (clause syntax — 第三十条, Article 30 — is
 * for that); doc_title is searched only by `doc:`.
 */
export const passageColumns = '{title body}';
/** With a clause number, the other words may name the document ("反洗钱法 第十条", "GDPR Article 17"). */
export const clauseColumns = '{title number body doc_title}';

/**
 * One term as an FTS5 string. Tokens hold only letters and digits (see termTokens), and
 * are quoted anyway, so no input can form an operator or a syntax error.
 */
export function ftsTerm(term: QueryTerm): string | null {
  if (term.loose) {
    const words = termPieces(term.text)
      .map((p) => ftsTerm({ text: p.text, phrase: false, prefix: false }))
      .filter((x): x is string => x !== null);
    return words.length === 0 ? null : words.length === 1 ? words[0]! : `(${words.join(' AND ')})`;
  }
  const t = termTokens(term);
  if (!t) return null;
  const phrase = `"${t.tokens.map((x) => x.replace(/"/g, '""')).join(' ')}"`;
  return t.prefix ? `${phrase} *` : phrase;
}

function anyOf(terms: readonly QueryTerm[]): string | null {
  const parts = terms.map(ftsTerm).filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

export interface FtsQueryOptions {
  /** 'all': every group must match (default); 'any': at least one group. */
  mode?: 'all' | 'any';
  /** The FTS5 column filter the groups are searched in (default: passageColumns). */
  columns?: string;
}

/**
 * The FTS5 MATCH expression for a parsed query, or null when there is nothing to look
 * for (no words and no `doc:` filter). Never throws and never yields invalid syntax.
 *
 *   toFtsQuery(parseQuery('rate limit -sandbox'))
 *   → '{title number body} : ("rate" AND "limit") NOT {title number body} : ("sandbox")'
 */
export function toFtsQuery(parsed: ParsedQuery, options: FtsQueryOptions = {}): string | null {
  const joiner = options.mode === 'any' ? ' OR ' : ' AND ';
  const groups = parsed.groups.map((g) => anyOf(g.terms)).filter((x): x is string => x !== null);
  const docs = parsed.filters.docs.map(ftsTerm).filter((x): x is string => x !== null);
  const parts: string[] = [];
  if (groups.length > 0) parts.push(`${options.columns ?? passageColumns} : (${groups.join(joiner)})`);
  if (docs.length > 0) parts.push(`doc_title : (${docs.join(' AND ')})`);
  if (parts.length === 0) return null;
  let expr = parts.join(' AND ');
  const excluded = parsed.excluded.map(ftsTerm).filter((x): x is string => x !== null);
  if (excluded.length > 0) expr = `(${expr}) NOT ${passageColumns} : (${excluded.join(' OR ')})`;
  return expr;
}
