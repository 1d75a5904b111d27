import { chineseNumeralChars } from '../../text/numerals';
import type { Block } from '../blocks';

const N = `[${chineseNumeralChars}\\d]+`;
/** Chinese structural headings and their nesting level: 编 > 分编 > 章 > 节. */
const zhHeading = new RegExp(`^第${N}(编|分编|章|节)(?:[\\s\\u3000]+\\S.*)?$`);
const zhLevel: Record<string, number> = { 编: 1, 分编: 2, 章: 3, 节: 4 };
/** English structural headings: Part/Title/Chapter/Section/Annex + a number. */
const enHeading = /^(part|title|chapter|section|annex|appendix|schedule)\s+([IVXLCDM]+|\d+[A-Z]?)\b[.:]?(?:\s+\S.*)?$/i;
const enLevel: Record<string, number> = {
  part: 1,
  title: 1,
  chapter: 2,
  section: 3,
  annex: 1,
  appendix: 1,
  schedule: 1,
};

/** Lines that open a list item, clause or article rather than a heading. */
const itemStart = /^(?:[-*•·▪◦]\s|\d+[.)、]\s?|\(|（|[一二三四五六七八九十]+、|第.{1,12}条)/;

/**
 * A short line that reads like a title: no sentence-final punctuation (a question mark is allowed),
 * not a list item, at most 20 words.
 * @example isHeadlineLike('Understanding API Rate Limits') // true
 */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 200 || t.includes('\n')) return false;
  if (/[.。,，;；:：、…]$/.test(t)) return false;
  if (itemStart.test(t)) return false;
  if (!/[A-Za-z\u4e00-\u9fff]/.test(t)) return false;
  const words = t.split(/\s+/).length;
  const han = (t.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return words <= 20 && han <= 40;
}

/** Chapter/section/part headings ("第一章 总则", "CHAPTER II Principles"): level, or undefined. */
export function structuralLevel(text: string): number | undefined {
  const t = text.trim();
  if (t.length > 80) return undefined;
  const zh = zhHeading.exec(t);
  if (zh) return zhLevel[zh[1] as string];
  const en = enHeading.exec(t);
  if (en && t.length <= 120) return enLevel[(en[1] as string).toLowerCase()];
  return undefined;
}

export function isStructuralHeading(text: string): boolean {
  const t = text.trim();
  return (
    structuralLevel(t) !== undefined ||
    /^(附则|附件|序言|总则|分则)$/.test(t) ||
    /^(article\s+\d+[a-z]?|§\s*\d)/i.test(t) ||
    /^第[零〇一二三四五六七八九十百千两\d]+条/.test(t)
  );
}

/**
 * Plain text has no heading markup: a headline-like line followed by body text becomes a heading
 * (a headline followed by a question that has an answer too, as "Frequently Asked Questions" is);
 * "第一章 …" / "Chapter II …" lines become headings at their structural level.
 */
export function inferHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type !== 'para' || block.code) {
      out.push(block);
      continue;
    }
    const level = structuralLevel(block.text);
    if (level !== undefined) {
      out.push({ type: 'heading', level, text: block.text.replace(/[ \t\u3000]+/g, ' ').trim() });
      continue;
    }
    if (isHeadlineLike(block.text) && hasBody(blocks, i)) {
      out.push({ type: 'heading', level: 5, text: block.text.trim() });
      continue;
    }
    out.push(block);
  }
  return out;
}

function hasBody(blocks: Block[], i: number): boolean {
  const next = blocks[i + 1];
  if (!next) return false;
  if (!isHeadlineLike(next.text) || next.code) return true;
  const after = blocks[i + 2];
  return /[?？]$/.test(next.text.trim()) && after !== undefined && !isHeadlineLike(after.text);
}
