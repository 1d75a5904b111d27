import { chineseNumeralChars, chineseToInt } from '../../text/numerals';

const N = `[${chineseNumeralChars}]+`;
/** 第X条 or 第X条之Y at the start of a paragraph. */
const articleHead = new RegExp(`^第(${N})条(?:之(${N}))?`);
/** What separates the label from the text in the usual layout: ASCII or ideographic spaces. */
const separator = /^[ \u3000]+/;
/**
 * Characters that, right after "第X条" with no space, show a mention rather than an article:
 * "第三十一条的决定", "第十条、第十一条", "第五条第二款", "第三条规定". (A numeral may start the
 * text: "第四十八条两个以上…".)
 */
const mentionFollows = /^(?:[的、，,。；;：:第款项和或及与至》”"）)之]|规定)/;

export interface ZhArticle {
  number: string;
  rest: string;
}

/** "5" → {main: 5, sub: 0}; "5-1" → {main: 5, sub: 1}. */
function parts(number: string): { main: number; sub: number } {
  const [main, sub] = number.split('-');
  return { main: Number(main), sub: sub === undefined ? 0 : Number(sub) };
}

/** The number that may follow `previous` in sequence: the next article, or the next 之Y of it. */
export function followsInSequence(previous: string | undefined, number: string): boolean {
  const next = parts(number);
  if (previous === undefined) return next.main === 1 && next.sub === 0;
  const prev = parts(previous);
  return (next.main === prev.main + 1 && next.sub === 0) || (next.main === prev.main && next.sub === prev.sub + 1);
}

/**
 * Recognises the start of a Chinese article. "第X条 …" (ASCII or ideographic space) always starts
 * one; "第X条…" with no space starts one only when the next character cannot continue a number or
 * a mention and the number follows `previous` in sequence (some sources, and HTML whose line break
 * after the label a browser removes, write "第三百条裁判文书…"). Lines that merely mention an article
 * ("第三十一条的决定…") or quote one in an amendment ("“第十七条 …") are not starts.
 * @example zhArticleStart('第五条之一 内容') // { number: '5-1', rest: '内容' }
 */
export function zhArticleStart(text: string, previous?: string): ZhArticle | undefined {
  const m = articleHead.exec(text);
  if (!m) return undefined;
  const main = chineseToInt(m[1] as string);
  if (main === undefined || main === 0) return undefined;
  const sub = m[2] === undefined ? undefined : chineseToInt(m[2]);
  if (m[2] !== undefined && (sub === undefined || sub === 0)) return undefined;
  const number = sub === undefined ? String(main) : `${main}-${sub}`;
  const after = text.slice(m[0].length);
  const space = separator.exec(after);
  if (space) return { number, rest: after.slice(space[0].length) };
  if (after === '' || mentionFollows.test(after) || !followsInSequence(previous, number)) return undefined;
  return { number, rest: after };
}
