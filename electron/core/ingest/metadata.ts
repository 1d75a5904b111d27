import type { ParsedRelation } from './types';

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The first date in a string as ISO YYYY-MM-DD: 2026-01-20, 2026年1月20日, 27 April 2016, April 27, 2016.
 * @example isoDate('of 27 April 2016') // '2016-04-27'
 */
export function isoDate(text: string): string | undefined {
  const a = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(text);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text);
  if (zh) return iso(Number(zh[1]), Number(zh[2]), Number(zh[3]));
  const dmy = /\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?\s+(\d{4})\b/.exec(text);
  if (dmy) {
    const m = months[(dmy[2] as string).slice(0, 3).toLowerCase()];
    if (m) return iso(Number(dmy[3]), m, Number(dmy[1]));
  }
  const mdy = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s*(\d{4})\b/.exec(text);
  if (mdy) {
    const m = months[(mdy[1] as string).slice(0, 3).toLowerCase()];
    if (m) return iso(Number(mdy[3]), m, Number(mdy[2]));
  }
  return undefined;
}

/** A byline with a date on its own line: "WEEX Crypto News, 2026-01-20 15:42:12". */
export function bylineDate(line: string): string | undefined {
  const m = /^[^\n]{0,80}?[,，]?\s*(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(line.trim());
  if (!m || line.length > 120) return undefined;
  return isoDate(m[1] as string);
}

const docNumberPatterns: RegExp[] = [
  // Yinfa [2026] No. 42, NDRC Energy-saving Building [2021] No. 1283
  /\b([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*) ?[[(（〔](\d{4})[\])）〕] ?No\. ?(\d+)/g,
  // 银发〔2021〕237号
  /([\u4e00-\u9fa5]{1,6})\s*[〔[［【(（](\d{4})[〕\]］】)）]\s*(\d+)\s*号/g,
  // Regulation (EU) 2016/679, Directive (EU) 2016/680
  /\b(Regulation|Directive|Decision)\s+\((EU|EC|EEC|Euratom)\)\s+(?:No\.?\s+)?(\d{2,4}\/\d+)/gi,
  // Directive 95/46/EC
  /\b(Directive|Regulation)\s+(\d{2,4})\/(\d+)\/(EC|EU|EEC)\b/gi,
  // Yinfa No. 42 [2026], No. 42 [2026] (the number before the year)
  /(?:\b([A-Z][A-Za-z-]*) )?\bNo\. ?(\d+) ?[[(（〔](\d{4})[\])）〕]/g,
];

/** A document number found in a text: where it stands and its usual spelling. */
export interface DocNumberSpan {
  start: number;
  end: number;
  value: string;
}

/** Every document number stated in a text with its position, in order of appearance (overlaps dropped). */
export function findDocNumberSpans(text: string): DocNumberSpan[] {
  const found: DocNumberSpan[] = [];
  for (const [index, pattern] of docNumberPatterns.entries()) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const value = formatDocNumber(index, m);
      // A Chinese number's issuer prefix may have taken words before it (根据银发…): start at the issuer.
      const skipped = index === 1 ? (m[1] as string).length - (value.indexOf('〔') || 0) : 0;
      const start = (m.index ?? 0) + Math.max(0, skipped);
      found.push({ start, end: (m.index ?? 0) + m[0].length, value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DocNumberSpan[] = [];
  for (const span of found) {
    const last = out.at(-1);
    if (!last || span.start >= last.end) out.push(span);
  }
  return out;
}

/** Every document number stated in a text, normalised to its usual spelling, in order of appearance. */
export function findDocNumbers(text: string): string[] {
  return [...new Set(findDocNumberSpans(text).map((f) => f.value))];
}

function formatDocNumber(pattern: number, m: RegExpMatchArray): string {
  const kind = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  switch (pattern) {
    case 0:
      return `${m[1]} [${m[2]}] No. ${m[3]}`;
    case 1:
      return `${(m[1] as string).replace(/^(?:根据|依据|按照|印发|转发|关于|参照|见|和|及|与|、)+/, '')}〔${m[2]}〕${m[3]}号`;
    case 2:
      return `${kind(m[1] as string)} (${(m[2] as string).toUpperCase()}) ${m[3]}`;
    case 3:
      return `${kind(m[1] as string)} ${m[2]}/${m[3]}/${(m[4] as string).toUpperCase()}`;
    default:
      return `${m[1] ? `${m[1]} ` : ''}[${m[3]}] No. ${m[2]}`;
  }
}

/** How far from the top a 公文 number line may stand (title, issuer, date lines come first). */
const docNumberLineReach = 6;

/**
 * The 公文 layout puts the document number alone on a line under or above the title
 * (银发〔2021〕237号, "No. 42 [2026]"). Finds such a line among the first blocks and takes it
 * out, so it becomes the document's number instead of a heading or a passage.
 *
 * @example takeDocNumberLine([{text:'关于…的通知'},{text:'银发〔2021〕237号'}]).docNumber // '银发〔2021〕237号'
 */
export function takeDocNumberLine<B extends { text: string }>(
  blocks: readonly B[],
): { docNumber?: string; blocks: readonly B[] } {
  for (let i = 0; i < Math.min(blocks.length, docNumberLineReach); i++) {
    const line = (blocks[i] as B).text.trim();
    if (line.length > 40) continue;
    const spans = findDocNumberSpans(line);
    const only = spans.length === 1 ? spans[0] : undefined;
    if (only && only.start === 0 && only.end === line.length) {
      return { docNumber: only.value, blocks: [...blocks.slice(0, i), ...blocks.slice(i + 1)] };
    }
  }
  return { blocks };
}

const repealSentence =
  /hereby repealed|is repealed|are repealed|shall be repealed|shall cease to (have effect|apply)|同时废止|予以废止|停止执行/i;

/**
 * Relations a document states: "… (Yinfa [2021] No. 237) is hereby repealed" → repeals Yinfa [2021] No. 237;
 * "《…办法》同时废止" → repeals the named title when no number is given.
 */
export function findRelations(paragraphs: string[], lead: string): ParsedRelation[] {
  const out: ParsedRelation[] = [];
  const seen = new Set<string>();
  // EU acts name what they repeal in their long title: "… and repealing Directive 95/46/EC".
  for (const m of lead.matchAll(/\brepealing ((?:Directive|Regulation|Decision)[^,;()]*?\d{2,4}\/\d+(?:\/E[CU])?)/gi)) {
    for (const target of findDocNumbers(m[1] as string)) {
      if (!seen.has(target)) {
        seen.add(target);
        out.push({ type: 'repeals', target });
      }
    }
  }
  for (const paragraph of paragraphs) {
    if (!repealSentence.test(paragraph)) continue;
    for (const sentence of paragraph.split(/(?<=[。；;])|(?<=[a-z\])]\.)\s+(?=[A-Z"“])/)) {
      if (!repealSentence.test(sentence)) continue;
      let targets = findDocNumbers(sentence);
      if (targets.length === 0) {
        const titles = [...sentence.matchAll(/《([^》]{2,80})》/g)].map((m) => `《${m[1]}》`);
        if (/同时废止|予以废止/.test(sentence)) targets = titles;
      }
      for (const target of targets) {
        if (seen.has(target)) continue;
        seen.add(target);
        out.push({ type: 'repeals', target });
      }
    }
  }
  return out;
}

/** "Notice of the People's Bank of China, National Development …, … on Further …" → the issuers. */
export function findIssuers(text: string): string[] | undefined {
  const m = /\b(?:Notice|Decision|Circular|Announcement|Opinions?) of (?:the )?([A-Z][^"“”]{3,600}?) on [A-Z]/.exec(
    text,
  );
  if (!m) return undefined;
  const names = (m[1] as string)
    .split(/,\s*(?:and\s+)?/)
    .map((s) => s.replace(/^the\s+/i, '').trim())
    .filter((s) => s.length > 2);
  return names.length > 0 ? names : undefined;
}

/** "… 自2021年1月1日起施行", "shall apply from 25 May 2018", "effective 1 March 2024" → ISO date. */
export function findEffectiveDate(paragraphs: string[]): string | undefined {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as string;
    if (!p.includes('起') && !/apply|force|effect/.test(p)) continue;
    const zh = /自\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起(?:施行|实施|执行|生效)/.exec(p);
    if (zh) return isoDate(zh[1] as string);
    const en =
      /(?:shall apply from|enters? into force on|take effect on|effective (?:on|from|as of)?)\s+((?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4})|(?:[A-Z][a-z]+\s+\d{1,2},\s*\d{4})|\d{4}-\d{2}-\d{2})/.exec(
        p,
      );
    if (en) return isoDate(en[1] as string);
  }
  return undefined;
}

const chineseIssuerPatterns: readonly RegExp[] = [
  /全国人民代表大会常务委员会|全国人民代表大会(?!常务)/g,
  /最高人民法院|最高人民检察院/g,
  /国务院(?=[批发令第常办]|$)/g,
  // "经人力资源和社会保障部第6次部务会议通过", "国家市场监督管理总局令第12号"
  /[\u4e00-\u9fff]{2,24}?(?:部|委员会|总局|局|署|银行|办公室)(?=第?\s*\d+\s*次[\u4e00-\u9fff]{0,4}会议|令)/g,
];

/**
 * The body a Chinese law, regulation or rule names in its history lines as adopting or
 * issuing it ("第十届全国人民代表大会常务委员会第六次会议…通过" → 全国人民代表大会常务委员会).
 * The first history line that names one wins.
 */
export function findChineseIssuers(historyLines: readonly string[]): string[] | undefined {
  for (const line of historyLines) {
    const found: string[] = [];
    for (const pattern of chineseIssuerPatterns) {
      for (const m of line.matchAll(pattern)) {
        const name = m[0].replace(/^(?:经|由|根据|依据|中华人民共和国(?=国务院))/, '').replace(/^[\d\s]+/, '');
        if (name.length >= 2 && !found.includes(name)) found.push(name);
      }
      if (found.length > 0) return found;
    }
  }
  return undefined;
}

/** "最高人民法院、最高人民检察院关于办理…的解释" → the bodies named before 关于. */
export function findTitleIssuers(title: string): string[] | undefined {
  const m = /^([\u4e00-\u9fff、]{2,80}?)关于/.exec(title);
  if (!m) return undefined;
  const names = (m[1] as string).split('、').filter((n) => /(?:院|部|委员会|总局|局|署|银行|办公厅|办公室)$/.test(n));
  return names.length > 0 ? names : undefined;
}
