import { completeDates } from '../law/dates';
import type { Block, FormatMeta } from './blocks';
import { squeeze } from './blocks';
import { detectLang } from './lang';
import {
  bylineDate,
  findChineseIssuers,
  findDocNumbers,
  findEffectiveDate,
  findIssuers,
  findRelations,
  findTitleIssuers,
  isoDate,
  takeDocNumberLine,
} from './metadata';
import { buildPassages } from './structure/build';
import { inferHeadings, isHeadlineLike } from './structure/sections';
import type { ParsedDocument } from './types';

export interface AssembleOptions {
  /** Used when the text states no title (the file name without extension). */
  fallbackTitle: string;
  /** Plain text: find headings by their shape. */
  inferHeadings: boolean;
}

/** One document's blocks → ParsedDocument: title, byline date, passages, metadata, language. */
export function assembleDocument(input: Block[], meta: FormatMeta, options: AssembleOptions): ParsedDocument {
  const numberLine = takeDocNumberLine(input);
  let blocks = [...numberLine.blocks];
  let title: string | undefined;
  const first = blocks[0];
  if (first?.type === 'heading' && ((first.level ?? 1) === 1 || (!meta.title && !/[?？]$/.test(first.text)))) {
    title = first.text;
    blocks = blocks.slice(1);
    // "# 中华人民共和国民法典" + "# 总则": a second top-level heading right away is a subtitle.
    const second = blocks[0];
    if (second?.type === 'heading' && second.level === first.level && blocks[1]?.type === 'para') {
      title = `${title} ${second.text}`;
      blocks = blocks.slice(1);
    }
  } else if (meta.title) {
    title = meta.title;
  } else if (options.inferHeadings && first?.type === 'para' && isHeadlineLike(first.text) && blocks.length > 1) {
    title = first.text;
    blocks = blocks.slice(1);
  }

  let issuedDate: string | undefined;
  for (let i = 0; i < Math.min(blocks.length, 12); i++) {
    const block = blocks[i] as Block;
    if (block.type !== 'para') continue;
    const date = bylineDate(block.text);
    if (date) {
      issuedDate = date;
      blocks = [...blocks.slice(0, i), { type: 'break', text: '' }, ...blocks.slice(i + 1)];
      break;
    }
  }
  if (options.inferHeadings) blocks = inferHeadings(blocks);
  const built = buildPassages(blocks);
  const docTitle = squeeze(title ?? options.fallbackTitle) || options.fallbackTitle;

  const paras = blocks.filter((b) => b.type === 'para' && !b.code).map((b) => b.text);
  const lead = [docTitle, ...paras.slice(0, 3)].join('\n');
  const relations = findRelations(paras, lead);
  const targets = new Set(relations.map((r) => r.target));
  const docNumber = numberLine.docNumber ?? findDocNumbers(lead).find((n) => !targets.has(n));
  for (const relation of relations) if (relation.target === docNumber) targets.delete(docNumber);

  issuedDate ??= meta.date ? isoDate(meta.date) : undefined;
  issuedDate ??= historyDate(blocks);
  const dates = completeDates(
    { issuedDate, effectiveDate: findEffectiveDate(paras) ?? historyEffective(blocks) },
    paras,
    options.fallbackTitle,
  );
  const issuers =
    findIssuers(paras.slice(0, 3).join('\n')) ?? findChineseIssuers(historyLines(blocks)) ?? findTitleIssuers(docTitle);

  const sample = `${docTitle}\n${paras.slice(0, 40).join('\n')}`;
  const doc: ParsedDocument = {
    title: docTitle,
    lang: detectLang(sample),
    relations: relations.filter((r) => r.target !== docNumber),
    passages: built.passages,
    warnings: built.warnings,
  };
  if (docNumber) doc.docNumber = docNumber;
  if (issuers) doc.issuers = issuers;
  if (dates.issuedDate) doc.issuedDate = dates.issuedDate;
  if (dates.effectiveDate) doc.effectiveDate = dates.effectiveDate;
  return doc;
}

/** Chinese laws list their history before the first heading: "2003年12月27日 …修正"; the last is this version's date. */
function historyDate(blocks: Block[]): string | undefined {
  let date: string | undefined;
  for (const block of blocks) {
    if (block.type === 'heading') break;
    const m = /^(\d{4}年\d{1,2}月\d{1,2}日)/.exec(block.text);
    if (!m) {
      if (date) break;
      if (/^第.{1,8}条/.test(block.text)) break;
      continue;
    }
    if (/施行$/.test(block.text.trim())) continue;
    date = isoDate(m[1] as string);
  }
  if (date) return date;
  // EU acts: "of 27 April 2016" right under the title.
  for (const block of blocks.slice(0, 3)) {
    const m = /^of (\d{1,2} [A-Z][a-z]+ \d{4})$/.exec(block.text.trim());
    if (m) return isoDate(m[1] as string);
  }
  return undefined;
}

/** The dated history lines before a Chinese law's first heading or article. */
function historyLines(blocks: Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks.slice(0, 12)) {
    if (block.type === 'heading' || /^第.{1,8}条/.test(block.text)) break;
    if (/^\d{4}年\d{1,2}月\d{1,2}日/.test(block.text)) lines.push(block.text);
  }
  return lines;
}

/** "2021年1月1日 施行" in the history lines. */
function historyEffective(blocks: Block[]): string | undefined {
  for (const block of blocks.slice(0, 12)) {
    const m = /^(\d{4}年\d{1,2}月\d{1,2}日)\s*施行$/.exec(block.text.trim());
    if (m) return isoDate(m[1] as string);
  }
  return undefined;
}
