import { chineseNumeralChars, chineseToInt } from '../text/numerals';

/**
 * A reference a passage's text makes, before it is resolved against the library:
 * a clause of this document, a clause of a named law, or a whole document.
 */
export type RawRef =
  | { start: number; end: number; kind: 'clause'; number: string; paragraph?: number }
  /** 前款 (the 款 before this one), 本条第二款 (a 款 of this article): `paragraph` counts 款 from 1. */
  | { start: number; end: number; kind: 'previous-paragraph' }
  | { start: number; end: number; kind: 'own-paragraph'; paragraph: number }
  | { start: number; end: number; kind: 'titled-clause'; title: string; number: string }
  | { start: number; end: number; kind: 'title'; title: string };

const n = `[${chineseNumeralChars}\\d]+`;
/** Words a bare law title follows in running text: 依照刑法第一百九十一条, 违反商业银行法第三条. */
const beforeBareTitle = '依照|依据|根据|按照|违反|适用|参照|和|及|与|、|，|。|；|：|^';
/** …and which a title cannot start with (so 依照刑法 is not read as a title). */
const notATitleStart = '依照|依据|根据|按照|违反|适用|参照';
/**
 * 第三十二条, 本法第十条第二款, 第五条之一, optionally right after 《…》 or a bare law title
 * (刑法第一百九十一条): that law's article.
 */
const zhClause = new RegExp(
  `(?:《([^》]{2,60})》\\s*|(?<=${beforeBareTitle})(?!${notATitleStart})((?:中华人民共和国)?[\\u4e00-\\u9fff]{1,12}?法))?(?:本(?:法|条例|办法|规定|细则|决定))?第(${n})条(?:之(${n}))?(?:第(${n})款)?(?:第(${n})项)?`,
  'gu',
);
/** 前款, 本条第二款 */
const zhOwnParagraph = new RegExp(`前款|本条第(${n})款`, 'gu');
/** 《中华人民共和国…法》 not followed by an article number. */
const zhTitle = /《([^》]{2,60})》/gu;
/** Article 6, Art. 17(1)(b), Articles 5 and 6, Articles 12 to 14 (each number its own link). */
const enClause =
  /\b(Articles?|Arts?\.)\s+(\d+[a-z]?(?:\(\w{1,4}\))*)((?:\s*(?:,|and|or|to)\s+\d+[a-z]?(?:\(\w{1,4}\))*)*)/g;
/** § 1005.2, §1005.2(b)(1) */
const sectionRef = /§\s*(\d+\.\d+[a-z]?)((?:\(\w{1,4}\))*)/g;
/** "Article 6 of Regulation (EU) …", "Article 5 of Directive 95/46/EC": another act's clause. */
const ofAnotherAct = /^\s+of\s+(?:the\s+)?(?:Regulation|Directive|Decision|Treaty|Charter|Council|Convention)/;

/** "十二" → "12", "12" → "12"; "五" + "一" → "5-1" (第五条之一), matching how parsers number articles. */
function clauseNumber(main: string, sub: string | undefined): string | undefined {
  const value = chineseToInt(main);
  if (value === undefined || value <= 0) return undefined;
  if (sub === undefined) return String(value);
  const subValue = chineseToInt(sub);
  return subValue === undefined ? undefined : `${value}-${subValue}`;
}

/**
 * The cross-references in one passage's text, in order, non-overlapping. Pure.
 *
 * @example findCrossRefs('依照本法第三十二条的规定') // [{ start: 2, end: 9, kind: 'clause', number: '32' }]
 */
export function findCrossRefs(text: string): RawRef[] {
  const refs: RawRef[] = [];
  for (const m of text.matchAll(zhClause)) {
    const number = clauseNumber(m[3] as string, m[4]);
    if (!number) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const paragraph = m[5] ? chineseToInt(m[5]) : undefined;
    // 本法 is this law, not a title.
    const title = m[1] ?? (m[2]?.startsWith('本') ? undefined : m[2]);
    if (title) {
      refs.push({ start, end, kind: 'titled-clause', title, number });
    } else {
      refs.push({ start, end, kind: 'clause', number, ...(paragraph ? { paragraph } : {}) });
    }
  }
  for (const m of text.matchAll(zhOwnParagraph)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0] === '前款') refs.push({ start, end, kind: 'previous-paragraph' });
    else {
      const paragraph = chineseToInt(m[1] as string);
      if (paragraph) refs.push({ start, end, kind: 'own-paragraph', paragraph });
    }
  }
  for (const m of text.matchAll(zhTitle)) {
    const start = m.index ?? 0;
    refs.push({ start, end: start + m[0].length, kind: 'title', title: m[1] as string });
  }
  for (const m of text.matchAll(enClause)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (ofAnotherAct.test(text.slice(end))) continue;
    const firstAt = start + m[0].indexOf(m[2] as string, (m[1] as string).length);
    refs.push({ start, end: firstAt + (m[2] as string).length, kind: 'clause', number: leadingNumber(m[2] as string) });
    const rest = m[3] ?? '';
    const restStart = end - rest.length;
    for (const more of rest.matchAll(/\d+[a-z]?(?:\(\w{1,4}\))*/g)) {
      const at = restStart + (more.index ?? 0);
      refs.push({ start: at, end: at + more[0].length, kind: 'clause', number: leadingNumber(more[0]) });
    }
  }
  for (const m of text.matchAll(sectionRef)) {
    const start = m.index ?? 0;
    refs.push({ start, end: start + m[0].length, kind: 'clause', number: m[1] as string });
  }
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawRef[] = [];
  for (const ref of refs) {
    const last = out.at(-1);
    if (last && ref.start < last.end) continue;
    // 《…法》第三十二条、第三十四条: the later numbers belong to the same law.
    if (last?.kind === 'titled-clause' && ref.kind === 'clause' && listJoin.test(text.slice(last.end, ref.start))) {
      out.push({ start: ref.start, end: ref.end, kind: 'titled-clause', title: last.title, number: ref.number });
      continue;
    }
    out.push(ref);
  }
  return out;
}

/** What joins the clauses of one list: 第三十二条、第三十四条; 第十条和第十二条; 第五条至第八条. */
const listJoin = /^\s*(?:、|，|,|和|及|或者|以及|至)\s*$/;

/** "17(1)(b)" → "17" (links land on the article; its paragraphs are not separate passages). */
function leadingNumber(written: string): string {
  return /^\d+[a-z]?/.exec(written)?.[0] ?? written;
}
