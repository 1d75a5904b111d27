/**
 * Roman and Chinese numerals → integers: one implementation for the parsers (which
 * normalise clause numbers) and for search (which reads clause numbers in queries).
 * @example romanToInt('XIV') // 14
 * @example chineseToInt('一百零五') // 105
 */

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

const romanTable: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of romanTable) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

/**
 * Parses an upper- or lower-case Roman numeral; undefined when it is not one. `strict`
 * also refuses ill-formed ones ("IIX"), as a query must be unambiguous.
 */
export function romanToInt(input: string, strict = false): number | undefined {
  const s = input.toUpperCase();
  if (s.length === 0 || !/^[IVXLCDM]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = romanValues[s[i] as string] as number;
    const next = i + 1 < s.length ? (romanValues[s[i + 1] as string] as number) : 0;
    total += value < next ? -value : value;
  }
  if (total <= 0 || (strict && toRoman(total) !== s)) return undefined;
  return total;
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

/**
 * Parses a Chinese numeral up to 9999 (also ASCII digits, and digit-by-digit 一〇五);
 * undefined when invalid.
 */
export function chineseToInt(input: string): number | undefined {
  if (/^\d+$/.test(input)) return Number(input);
  if (input.length === 0) return undefined;
  const chars = Array.from(input);
  if (chars.every((c) => chineseDigits[c] !== undefined)) {
    return Number(chars.map((c) => chineseDigits[c]).join(''));
  }
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
