/**
 * Chinese numerals as laws write clause numbers (第十二条, 第一百零五条): shared by the core's
 * parsers and the renderer's clause labels. Imports nothing.
 */
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
