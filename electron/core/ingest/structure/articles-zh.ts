import { chineseNumeralChars, chineseToInt } from '../../text/numerals';

const N = `[${chineseNumeralChars}]+`;
/** An article starts a paragraph: 第X条 (or 第X条之Y) followed by an ASCII or ideographic space. */
const articleStart = new RegExp(`^第(${N})条(?:之(${N}))?[ \\u3000]+`);

/**
 * Recognises the start of a Chinese article. Lines that merely mention an article
 * ("第三十一条的决定…") or quote one in an amendment ("“第十七条 …") are not starts.
 * @example zhArticleStart('第五条之一 内容') // { number: '5-1', rest: '内容' }
 */
export function zhArticleStart(text: string): { number: string; rest: string } | undefined {
  const m = articleStart.exec(text);
  if (!m) return undefined;
  const main = chineseToInt(m[1] as string);
  if (main === undefined || main === 0) return undefined;
  const sub = m[2] === undefined ? undefined : chineseToInt(m[2]);
  if (m[2] !== undefined && (sub === undefined || sub === 0)) return undefined;
  return { number: sub === undefined ? String(main) : `${main}-${sub}`, rest: text.slice(m[0].length) };
}

/** Exposed for the fidelity check, which counts article lines in the raw source. */
export const zhArticleLine = articleStart;
