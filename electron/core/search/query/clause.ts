import type { PassageKind } from '../../../../shared/model';

/**
 * A clause named in a query ("第十条", "Article 10", "§ 1005.2", "Recital 12"): passages
 * whose `number` is `number` (normalised as the parsers store it) and whose kind is one of `kinds`.
 */
export interface ClauseRef {
  number: string;
  kinds: PassageKind[];
  /** As typed, for display. */
  text: string;
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese (or Arabic) numeral as an integer string: 十 → "10", 二十一 → "21",
 * 一百零五 → "105", 一〇五 → "105", 12 → "12"; null when it is not one.
 */
export function chineseNumber(text: string): string | null {
  if (/^\d+$/.test(text)) return String(Number.parseInt(text, 10));
  const chars = Array.from(text);
  if (chars.length === 0 || chars.some((c) => chineseDigits[c] === undefined && chineseUnits[c] === undefined)) {
    return null;
  }
  if (!chars.some((c) => chineseUnits[c] !== undefined)) {
    return String(Number.parseInt(chars.map((c) => chineseDigits[c]).join(''), 10));
  }
  let total = 0;
  let current = 0;
  for (const c of chars) {
    const unit = chineseUnits[c];
    if (unit === undefined) {
      current = chineseDigits[c]!;
      continue;
    }
    total += (current || 1) * unit;
    current = 0;
  }
  return String(total + current);
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** A well-formed Roman numeral as an integer string ("IX" → "9"); null otherwise. */
export function romanNumber(text: string): string | null {
  const s = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = romanValues[s[i]!]!;
    const next = romanValues[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? String(total) : null;
}

/** 第十条, 第10条, 第五条之一 (anywhere inside a word). */
export const chineseClausePattern =
  /第([零〇一二两三四五六七八九十百千\d]+)条(?:之([零〇一二两三四五六七八九十\d]+))?/u;

/** The clause a 第…条 match names (kind article), or null when a numeral does not parse. */
export function chineseClause(match: RegExpMatchArray): ClauseRef | null {
  const main = chineseNumber(match[1]!);
  if (main === null) return null;
  const sub = match[2] === undefined ? null : chineseNumber(match[2]);
  if (match[2] !== undefined && sub === null) return null;
  return { number: sub === null ? main : `${main}-${sub}`, kinds: ['article'], text: match[0] };
}

/** Words that introduce a clause number, and the kinds of passage they name. */
const clauseWords: [RegExp, PassageKind[]][] = [
  [/^(?:articles?|arts?\.?)$/i, ['article']],
  [/^recitals?$/i, ['recital']],
  [/^§{1,2}$/, ['article', 'section']],
];

/** Same, written together with the number ("Art.10", "§1005.2"). */
const joinedClause = /^(articles?|arts?\.?|recitals?|§{1,2})(\d[\w.-]*)$/i;

/**
 * A clause number as typed after "Article" etc.: Arabic digits with an optional letter
 * and dotted or hyphenated parts ("10", "5a", "1005.2", "17-1"), or a Roman numeral
 * ("IX" → "9"). Trailing sub-paragraph references and punctuation are dropped
 * ("17(1)" → "17", "10," → "10").
 */
export function clauseNumber(text: string, allowRoman: boolean): string | null {
  const m = /^(\d+[a-z]?(?:[.-]\d+[a-z]?)*)(?:\([\w.]+\))*[.,;:)]?$/i.exec(text);
  if (m) {
    const raw = m[1]!.toLowerCase();
    return /^\d+$/.test(raw) ? String(Number.parseInt(raw, 10)) : raw;
  }
  if (!allowRoman) return null;
  const r = /^([ivxlcdm]+)[.,;:]?$/i.exec(text);
  return r ? romanNumber(r[1]!) : null;
}

/** The kinds a clause word ("Article", "Recital", "§") names, or null when the word is not one. */
export function clauseWordKinds(word: string): PassageKind[] | null {
  for (const [pattern, kinds] of clauseWords) if (pattern.test(word)) return kinds;
  return null;
}

/** "Art.10", "§1005.2", "Recital12" as one word, or null. */
export function joinedClauseRef(word: string): ClauseRef | null {
  const m = joinedClause.exec(word);
  if (!m) return null;
  const kinds = clauseWordKinds(m[1]!);
  const number = clauseNumber(m[2]!, false);
  return kinds && number ? { number, kinds, text: word } : null;
}
