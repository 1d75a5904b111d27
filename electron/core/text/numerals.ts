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

export { chineseNumeralChars, chineseToInt } from '../../../shared/chinese-numerals';
