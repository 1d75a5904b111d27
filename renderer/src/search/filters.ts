/**
 * The filter controls beside the search box write the query language itself (README
 * "Query language"), so a filtered search has one form: its text, in the address too.
 */
export const filterNames = ['doc', 'kind', 'lang', 'status'] as const;
export type FilterName = (typeof filterNames)[number];

export const filterChoices = {
  kind: ['faq', 'article', 'section'],
  lang: ['en', 'zh'],
  status: ['in-force', 'repealed'],
} as const;

const tokenPattern = (name: FilterName) => new RegExp(`(^|\\s)${name}:("[^"]*"?|\\S*)`, 'g');

function unquote(value: string): string {
  return value.startsWith('"') ? value.replace(/^"|"$/g, '') : value;
}

/** The value of each filter written in the query (the last one wins, as in the engine). */
export function readFilters(query: string): Partial<Record<FilterName, string>> {
  const out: Partial<Record<FilterName, string>> = {};
  for (const name of filterNames) {
    for (const match of query.matchAll(tokenPattern(name))) {
      const value = unquote(match[2] ?? '');
      if (value) out[name] = value;
    }
  }
  return out;
}

/**
 * The query with one filter set (replacing any written before) or removed (value null);
 * the words are kept as typed. A value with spaces is quoted.
 *
 * @example withFilter('rate limits', 'kind', 'faq') // 'kind:faq rate limits'
 */
export function withFilter(query: string, name: FilterName, value: string | null): string {
  const rest = query.replace(tokenPattern(name), ' ').replace(/\s+/g, ' ').trim();
  if (value === null || value.trim() === '') return rest;
  const clean = value.replace(/"/g, '').trim();
  const written = /\s/.test(clean) ? `${name}:"${clean}"` : `${name}:${clean}`;
  return rest ? `${written} ${rest}` : written;
}

/** The two ends of a `date:` filter as written (year, year-month or date; '' = open). */
export interface DateFilterText {
  from: string;
  to: string;
}

const datePattern = /(^|\s)date:(\S*)/gi;

/**
 * The `date:` filter written in the query, its ends as written (the last one wins in the
 * controls): `date:2020..2024` → 2020 / 2024, `date:2024` → 2024 / 2024, `date:..2019` → '' / 2019.
 */
export function readDateFilter(query: string): DateFilterText {
  let value = '';
  for (const match of query.matchAll(datePattern)) value = match[2] ?? '';
  const dots = value.indexOf('..');
  if (dots < 0) return { from: value, to: value };
  return { from: value.slice(0, dots), to: value.slice(dots + 2) };
}

/**
 * The query with its `date:` filter set from two ends (either may be '') or removed (both '');
 * the words are kept as typed.
 *
 * @example withDateFilter('反洗钱', { from: '2020', to: '' }) // 'date:2020.. 反洗钱'
 */
export function withDateFilter(query: string, range: DateFilterText): string {
  const rest = query.replace(datePattern, ' ').replace(/\s+/g, ' ').trim();
  const from = range.from.replace(/\s+/g, '');
  const to = range.to.replace(/\s+/g, '');
  if (from === '' && to === '') return rest;
  const written = from === to ? `date:${from}` : `date:${from}..${to}`;
  return rest ? `${written} ${rest}` : written;
}
