/**
 * Dates the import's first pass misses, found in the ways Chinese laws and notices state
 * them. Used where a document's metadata is assembled, only to fill a date still missing:
 *
 * - issued: the latest date of the dated note right under the title
 *   "（2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过）";
 *   else a date standing alone on one of the last lines (a notice's date line: "2021年9月15日");
 *   else a date the file name ends with: "反间谍法(2014-11-01).md" (how the cn-laws collection
 *   names each version);
 * - effective: "自二○○四年十月一日起施行" (the date in Chinese numerals).
 */
import { chineseToInt } from '../../../shared/chinese-numerals';

export interface DocumentDates {
  issuedDate?: string;
  effectiveDate?: string;
}

/** The dated note under a title comes within this many paragraphs. */
const openingParagraphs = 4;
/** A notice's date line is one of its last few paragraphs (signatures and copy lists may follow). */
const closingParagraphs = 3;

/** Zeros as laws print them in years (二○○四): the white circle and full- or half-width O. */
const zeroLookAlikes = /[○ＯO]/g;

function iso(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 2999)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const chineseDatePattern =
  /([〇○零ＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const arabicDatePattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * A date written in Chinese numerals as ISO YYYY-MM-DD.
 * @example chineseNumeralDate('本规定自二○○四年十月一日起施行') // '2004-10-01'
 */
export function chineseNumeralDate(text: string): string | undefined {
  const m = chineseDatePattern.exec(text);
  if (!m) return undefined;
  const year = chineseToInt((m[1] as string).replace(zeroLookAlikes, '〇')) ?? Number.NaN;
  const month = chineseToInt(m[2] as string) ?? Number.NaN;
  const day = chineseToInt(m[3] as string) ?? Number.NaN;
  return iso(year, month, day);
}

/** The first Chinese date (Arabic or Chinese numerals) in a text. */
function chineseDate(text: string): string | undefined {
  const a = arabicDatePattern.exec(text);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  return chineseNumeralDate(text);
}

/** The latest date in the parenthesised notes right under the title (adopted, amended, published; not in force from). */
function openingNoteDate(paras: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const para of paras.slice(0, openingParagraphs)) {
    const text = para.trim();
    if (!/^[（(]/.test(text) || !/[）)]$/.test(text)) continue;
    for (const m of text.matchAll(new RegExp(arabicDatePattern.source, 'g'))) {
      // "自2008年4月23日起施行" in the same note is the effective date, not an issue date.
      if (text.slice(0, m.index).trimEnd().endsWith('自')) continue;
      const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return latest;
}

/** A paragraph that is only a date: "2021年9月15日", "二〇二一年九月十五日", "2021-09-15". */
function closingDateLine(paras: readonly string[]): string | undefined {
  for (const para of paras.slice(-closingParagraphs).reverse()) {
    const text = para.trim();
    if (text.length > 20) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) {
      const [y, m, d] = text.split('-').map(Number);
      return iso(y as number, m as number, d as number);
    }
    if (
      /^[\d〇○零ＯO一二三四五六七八九十\s]+年[\d一二三四五六七八九十\s]+月[\d一二三四五六七八九十\s]+日$/.test(text)
    ) {
      return chineseDate(text);
    }
  }
  return undefined;
}

/** "反间谍法(2014-11-01)" → 2014-11-01: a date in brackets ending the file name. */
function fileNameDate(fileName: string): string | undefined {
  const m = /[(（](\d{4})-(\d{2})-(\d{2})[)）]$/.exec(fileName.trim());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** "自二○○四年十月一日起施行": the effective date in Chinese numerals, from the last mention. */
function chineseNumeralEffective(paras: readonly string[]): string | undefined {
  for (let i = paras.length - 1; i >= 0; i--) {
    const para = paras[i] as string;
    if (!para.includes('起')) continue;
    const m =
      /自\s*([〇○零ＯO一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*起(?:施行|实施|执行|生效)/.exec(
        para,
      );
    if (m) return chineseNumeralDate(m[1] as string);
  }
  return undefined;
}

/**
 * `found` with its missing dates filled from the paragraphs (in reading order) and the file
 * name (without extension); dates already found are kept as they are.
 */
export function completeDates(found: DocumentDates, paras: readonly string[], fileName: string): DocumentDates {
  const issuedDate = found.issuedDate ?? openingNoteDate(paras) ?? closingDateLine(paras) ?? fileNameDate(fileName);
  const effectiveDate = found.effectiveDate ?? chineseNumeralEffective(paras);
  return { ...(issuedDate ? { issuedDate } : {}), ...(effectiveDate ? { effectiveDate } : {}) };
}
