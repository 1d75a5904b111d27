import { intersectRanges, parseDateRange } from '../../../../shared/date-range';
import { maxQueryChars } from '../../../../shared/limits';
import { type DocStatus, type PassageKind, passageKinds } from '../../../../shared/model';
import { foldWidth } from '../../text/normalize';
import {
  type ClauseRef,
  chineseClause,
  chineseClausePattern,
  clauseNumber,
  clauseWordKinds,
  joinedClauseRef,
} from './clause';
import { cjkRunPattern, hasSearchableText, termPieces } from './term-text';
import type { ParsedQuery, QueryFilters, QueryGroup, QueryTerm } from './types';

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
  prefix: boolean;
  /** `name:` when the token was written as a filter. */
  filter?: string;
}

const filterNames = new Set(['kind', 'doc', 'lang', 'status', 'in', 'date']);

/** Control characters, lone surrogates and NUL never reach SQLite. */
function clean(input: string): string {
  return foldWidth(input.slice(0, maxQueryChars))
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\uFEFF\u200B-\u200D\u2060]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .replace(/[“”„‟«»「」『』]/g, '"');
}

/** Splits the query into words, quoted phrases, `-negations` and `name:value` filters. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|([^\s"]+))(\*?)/giy;
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++;
      continue;
    }
    pattern.lastIndex = i;
    const m = pattern.exec(input);
    if (!m || m[0].length === 0) {
      i++;
      continue;
    }
    i = pattern.lastIndex;
    const [, minus, name, quoted, bare, star] = m;
    const isFilter = name !== undefined && filterNames.has(name.toLowerCase());
    let text = quoted ?? bare ?? '';
    if (name !== undefined && !isFilter) text = `${name}:${text}`;
    let prefix = star === '*';
    if (quoted === undefined && text.endsWith('*')) {
      text = text.replace(/\*+$/, '');
      prefix = true;
    }
    tokens.push({
      text,
      quoted: quoted !== undefined,
      negated: minus === '-',
      prefix,
      ...(isFilter ? { filter: name.toLowerCase() } : {}),
    });
  }
  return tokens;
}

/**
 * Splits a `doc:` value where the script changes between CJK and other letters, so
 * doc:GDPR条例 looks for "GDPR" and "条例" (each anywhere in the title).
 */
function splitWord(text: string, prefix: boolean): QueryTerm[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(cjkRunPattern)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  const kept = parts.filter(hasSearchableText);
  return kept.map((part, i) => ({
    text: part,
    phrase: false,
    prefix: prefix && i === kept.length - 1 && part === parts[parts.length - 1],
  }));
}

/** Punctuation around a bare word is not part of what it asks for (a trailing % or ‰ is). */
const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%‰]+$/gu;

/**
 * The text a bare word asks for as written, or null when it is an ordinary word: Chinese
 * run together with digits or Latin letters (2020年1月, 国家A级, 绿色GDP), or digits with
 * other marks inside or a percent sign (30%, 1005.2). Such a word is matched as one
 * contiguous text, never as parts found anywhere.
 */
export function literalText(text: string): string | null {
  if (!/[\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return null;
  const core = text.replace(edgePunctuation, '');
  const pieces = termPieces(core);
  if (pieces.length === 0) return null;
  const cjk = pieces.some((p) => p.cjk);
  if (cjk) return pieces.some((p) => !p.cjk) ? core : null;
  const digits = /\p{N}/u.test(core);
  return digits && (pieces.length > 1 || core !== pieces[0]!.text) ? core : null;
}

function termsOf(token: Token): QueryTerm[] {
  if (token.quoted) {
    const text = token.text.trim().replace(/\s+/g, ' ');
    return hasSearchableText(text) ? [{ text, phrase: true, prefix: token.prefix }] : [];
  }
  const literal = literalText(token.text);
  if (literal !== null) return [{ text: literal, phrase: true, prefix: token.prefix, literal: true }];
  return splitWord(token.text, token.prefix);
}

const statusAliases: Record<string, DocStatus> = {
  'in-force': 'in-force',
  inforce: 'in-force',
  current: 'in-force',
  repealed: 'repealed',
};

/** Applies a `name:value` filter; false when the value is not one the filter knows. */
function applyFilter(filters: QueryFilters, name: string, token: Token): boolean {
  const value = token.text.trim().toLowerCase();
  if (name === 'in') {
    if (value !== 'notes') return false;
    filters.inNotes = true;
    return true;
  }
  if (name === 'kind') {
    if (!(passageKinds as readonly string[]).includes(value)) return false;
    if (!filters.kinds.includes(value as PassageKind)) filters.kinds.push(value as PassageKind);
    return true;
  }
  if (name === 'lang') {
    if (!/^[a-z]{2,3}$/.test(value)) return false;
    if (!filters.langs.includes(value)) filters.langs.push(value);
    return true;
  }
  if (name === 'date') {
    const range = parseDateRange(value);
    if (range) filters.dates = filters.dates ? intersectRanges(filters.dates, range) : range;
    else filters.badDates = [...(filters.badDates ?? []), token.text.trim()];
    return true;
  }
  if (name === 'status') {
    const status = statusAliases[value];
    if (!status) return false;
    if (!filters.statuses.includes(status)) filters.statuses.push(status);
    return true;
  }
  const terms = token.quoted ? termsOf(token) : splitWord(token.text, token.prefix);
  filters.docs.push(...terms);
  return true;
}

/**
 * Takes clause references out of the tokens: 第十条 / 第五条之一 inside any word (the rest
 * of the word stays), and "Article 10", "Art. 10", "§ 1005.2", "Recital 12" (one word or two).
 */
function extractClauses(tokens: readonly Token[]): { tokens: Token[]; clauses: ClauseRef[] } {
  const out: Token[] = [];
  const clauses: ClauseRef[] = [];
  const plain = (t: Token | undefined) => t !== undefined && !t.quoted && !t.negated && t.filter === undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!plain(token)) {
      out.push(token);
      continue;
    }
    const m = token.text.match(chineseClausePattern);
    const zh = m ? chineseClause(m) : null;
    if (m && zh) {
      clauses.push(zh);
      const before = token.text.slice(0, m.index);
      const after = token.text.slice(m.index! + m[0].length);
      if (hasSearchableText(before)) out.push({ ...token, text: before, prefix: false });
      if (hasSearchableText(after)) out.push({ ...token, text: after });
      continue;
    }
    const joined = joinedClauseRef(token.text);
    if (joined) {
      clauses.push(joined);
      continue;
    }
    const kinds = clauseWordKinds(token.text);
    const next = tokens[i + 1];
    const number = kinds && plain(next) && !next!.prefix ? clauseNumber(next!.text, !token.text.startsWith('§')) : null;
    if (kinds && number !== null) {
      clauses.push({ number, kinds, text: `${token.text} ${next!.text}` });
      i++;
      continue;
    }
    out.push(token);
  }
  return { tokens: out, clauses };
}

/**
 * Parses what the user typed. Pure and total: any string gives a query (possibly with
 * nothing to look for). Words must all match; `"…"` is a phrase; `-word` excludes;
 * `a OR b` is either; `word*` a prefix; filters `kind:`, `doc:`, `lang:`, `status:`, `date:`, `in:notes`;
 * clause numbers (`第十条`, `Article 10`, `§ 1005.2`, `Recital 12`) go to `clauses`
 * unless `options.clauses` is false.
 *
 *   parseQuery('"rate limit" OR 429 -sandbox doc:GDPR')
 *   parseQuery('GDPR Article 17').clauses → [{ number: '17', kinds: ['article'], text: 'Article 17' }]
 */
export function parseQuery(input: string, options: { clauses?: boolean } = {}): ParsedQuery {
  const filters: QueryFilters = { kinds: [], docs: [], langs: [], statuses: [] };
  const groups: QueryGroup[] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  const all = tokenize(clean(input));
  const { tokens, clauses } = options.clauses === false ? { tokens: all, clauses: [] } : extractClauses(all);
  for (const token of tokens) {
    if (token.filter && !token.negated && applyFilter(filters, token.filter, token)) continue;
    if (!token.quoted && !token.negated && token.text === 'OR' && !token.prefix) {
      joinNext = groups.length > 0;
      continue;
    }
    const terms = termsOf(token.filter ? { ...token, text: `${token.filter}:${token.text}` } : token);
    if (terms.length === 0) continue;
    if (token.negated) {
      excluded.push(...terms);
      joinNext = false;
      continue;
    }
    const previous = groups[groups.length - 1];
    if (joinNext && previous) {
      // "a OR b c" is (a OR b) AND c; a word split in two parts joins with its first part only.
      previous.terms.push(terms[0]!);
      for (const t of terms.slice(1)) groups.push({ terms: [t] });
    } else {
      for (const t of terms) groups.push({ terms: [t] });
    }
    joinNext = false;
  }
  return clauses.length > 0 ? { groups, excluded, filters, clauses } : { groups, excluded, filters };
}
