import type { PassageKind } from '../../../../shared/model';
import { chineseToInt, romanToInt } from '../../text/numerals';

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

/**
 * A Chinese (or Arabic) numeral as an integer string: 十 → "10", 二十一 → "21",
 * 一百零五 → "105", 一〇五 → "105", 12 → "12"; null when it is not one.
 */
export function chineseNumber(text: string): string | null {
  const n = chineseToInt(text);
  return n === undefined ? null : String(n);
}

/** A well-formed Roman numeral as an integer string ("IX" → "9"); null otherwise. */
export function romanNumber(text: string): string | null {
  const n = romanToInt(text, true);
  return n === undefined ? null : String(n);
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
