/**
 * Roman and Chinese numerals → integers.
 * @example romanToInt('XIV') // 14
 * @example chineseToInt('一百零五') // 105
 */

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Parses an upper- or lower-case Roman numeral; undefined when it is not one. */
export function romanToInt(input: string): number | undefined {
  const s = input.toUpperCase();
  if (s.length === 0 || !/^[IVXLCDM]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = romanValues[s[i] as string] as number;
    const next = i + 1 < s.length ? (romanValues[s[i + 1] as string] as number) : 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
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

/** Characters that may appear in a Chinese numeral (for building regexes). */
export const chineseNumeralChars = '零〇一二三四五六七八九十百千两';

/** Parses a Chinese numeral up to 9999 (also accepts ASCII digits); undefined when invalid. */
export function chineseToInt(input: string): number | undefined {
  if (/^\d+$/.test(input)) return Number(input);
  if (input.length === 0) return undefined;
  let total = 0;
  let digit = -1;
  for (const ch of input) {
    const d = chineseDigits[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = chineseUnits[ch];
    if (unit === undefined) return undefined;
    total += (digit < 0 ? 1 : digit) * unit;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}
