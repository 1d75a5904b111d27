import { chineseToInt } from './chinese-numerals';
import type { PassageKind } from './model';

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const units = ['', '十', '百', '千'];

/**
 * An integer from 1 to 9999 in Chinese numerals as laws write article numbers.
 * @example chineseNumeral(12) // '十二'
 * @example chineseNumeral(105) // '一百零五'
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((d, i) => {
    const unit = units[parts.length - 1 - i] as string;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十二, not 一十二; but 一百一十二.
    out += d === 1 && unit === '十' && out === '' ? unit : `${digits[d]}${unit}`;
  });
  return out;
}

/** "12" → "第十二条", "5-1" → "第五条之一"; undefined when the number is not N or N-M. */
function chineseArticle(number: string): string | undefined {
  const m = /^(\d{1,4})(?:-(\d{1,2}))?$/.exec(number);
  if (!m) return undefined;
  const main = `第${chineseNumeral(Number(m[1]))}条`;
  return m[2] ? `${main}之${chineseNumeral(Number(m[2]))}` : main;
}

/**
 * The short label a passage is cited by, as the source writes it: "Art. 5", "§ 1005.2",
 * "第十二条", "第五条之一", "Recital 12", "Q", or `written` when the source's own label was
 * kept ("(IX)"). Shared by the reader, the hit list and the CLI so a clause reads the same everywhere.
 *
 * @example clauseLabel('article', '5-1', 'zh') // '第五条之一'
 */
export function clauseLabel(kind: PassageKind, number: string | undefined, lang: string, written?: string): string {
  if (written) return written;
  const zh = lang.toLowerCase().startsWith('zh');
  switch (kind) {
    case 'faq':
      return number ? `Q${number}` : 'Q';
    case 'article':
      if (!number) return '';
      if (zh) return chineseArticle(number) ?? `第${number}条`;
      return /^\d+\.\d+/.test(number) ? `§ ${number}` : `Art. ${number}`;
    case 'recital':
      if (!number) return '';
      return zh ? `序言第${number}段` : `Recital ${number}`;
    case 'section':
      return number ? `§ ${number}` : '';
    case 'paragraph':
      return number ?? '';
  }
}

/**
 * The other spellings of Chinese clause numbers in a needle, so 第12条 finds 第十二条 and
 * back: returns the needle with each 第N条 written the other way (or [] when it has none).
 * @example clauseSpellings('第12条') // ['第十二条']
 */
export function clauseSpellings(needle: string): string[] {
  const digitsForm = /第(\d{1,4})条/g;
  if (digitsForm.test(needle))
    return [needle.replace(digitsForm, (_, n: string) => `第${chineseNumeral(Number(n))}条`)];
  const hanForm = /第([零〇一二三四五六七八九十百千两]{1,8})条/g;
  if (!hanForm.test(needle)) return [];
  return [needle.replace(hanForm, (_, han: string) => `第${chineseToInt(han) ?? han}条`)];
}
