import type { PassageKind } from '../../../../shared/model';
import type { Block } from '../blocks';
import { dropPrefix, strongOnlyText } from '../content/nodes';
import { type Part, partOf, passageContent } from '../content/passage-content';
import type { ParsedPassage } from '../types';
import { enArticleLine } from './article-lines';
import { clauseStart, clauseTitle, enArticleHeading, recitalStart } from './articles-en';
import { zhArticleStart } from './articles-zh';
import { isQuestion } from './faq';
import { checkSequence } from './numbering';
import { isHeadlineLike } from './sections';

/** Closing paragraph of a notice: kept as its own passage, not appended to the last clause. */
const closing = /(shall|will) (enter|come) into (force|effect)|enters? into force|hereby repealed|is repealed/i;

interface Open {
  kind: PassageKind;
  number?: string;
  label?: string;
  title?: string;
  parts: Part[];
  path: string[];
  /** Heading level that opened a FAQ/section passage (deeper headings fold into it). */
  level?: number;
  /** An article heading without a title: a bold-only next paragraph is its title. */
  wantsTitle?: boolean;
}

export interface Built {
  passages: ParsedPassage[];
  warnings: string[];
}

/**
 * Turns one document's blocks into citable passages. Headings build the path; article, recital,
 * clause and question openers start passages; other paragraphs continue the open passage, or
 * become a titled 'section' (after a heading) or a lone 'paragraph'.
 */
export function buildPassages(blocks: Block[]): Built {
  const passages: ParsedPassage[] = [];
  const stack: { level: number; text: string; recitals: boolean; used?: boolean }[] = [];
  let open: Open | undefined;
  let pendingHeading: { text: string; level: number; path: string[] } | undefined;
  const clauseMode = usesClauses(blocks);

  /** The parts each passage was built from, for the quoted paragraphs that join the one before. */
  const partsOf = new Map<ParsedPassage, Part[]>();
  const finish = (passage: ParsedPassage, parts: Part[]) => {
    const content = passageContent(parts, passage.text);
    if (content) passage.content = content;
    else delete passage.content;
    partsOf.set(passage, parts);
    return passage;
  };
  let closedArticle: string | undefined;
  const close = () => {
    if (!open) return;
    if (open.kind === 'article') closedArticle = open.number;
    const text = open.parts
      .map((p) => p.text)
      .join('\n\n')
      .trim();
    if (text.length > 0 || open.kind === 'article' || open.kind === 'faq' || open.kind === 'recital') {
      const passage: ParsedPassage = { kind: open.kind, text, path: open.path };
      if (open.number !== undefined) passage.number = open.number;
      if (open.label !== undefined) passage.label = open.label;
      if (open.title !== undefined) passage.title = open.title;
      passages.push(finish(passage, open.parts));
    }
    open = undefined;
  };
  /** The block from its `start`-th character on ("第一条 为了…" → "为了…"), its content node cut to match. */
  const tail = (block: Block, rest: string): Part => {
    const node = block.node ? dropPrefix(block.node, block.text.length - rest.length) : undefined;
    return node ? { text: rest, node } : { text: rest };
  };
  const pathNow = () => {
    for (const h of stack) h.used = true;
    return stack.map((h) => h.text);
  };
  /** A heading nothing was filed under keeps its text as an empty titled section. */
  const pop = () => {
    const h = stack.pop();
    if (h && !h.used) passages.push({ kind: 'section', title: h.text, text: '', path: stack.map((s) => s.text) });
  };
  const inRecitals = () => stack.some((h) => h.recitals);
  /** The number of the article opened last (unspaced 第X条 must follow it in sequence). */
  const lastArticle = (): string | undefined => (open?.kind === 'article' ? open.number : closedArticle);

  for (const block of blocks) {
    if (block.type === 'break') {
      close();
      pendingHeading = undefined;
      continue;
    }
    if (block.type === 'heading') {
      const level = block.level ?? 1;
      if (open && open.kind === 'faq' && open.level !== undefined && level > open.level) {
        open.parts.push(partOf(block));
        continue;
      }
      const article = enArticleHeading(block.text) ?? zhHeadingArticle(block.text);
      if (article) {
        close();
        pendingHeading = undefined;
        open = { kind: 'article', number: article.number, parts: [], path: pathNow(), wantsTitle: !article.title };
        if (article.title) open.title = article.title;
        continue;
      }
      if (isQuestion(block.text)) {
        close();
        pendingHeading = undefined;
        open = { kind: 'faq', title: block.text, parts: [], path: pathNow(), level };
        continue;
      }
      close();
      while (stack.length > 0 && (stack[stack.length - 1] as { level: number }).level >= level) pop();
      const recitals = /^(recitals?|whereas)$/i.test(block.text.trim());
      const path = stack.map((h) => h.text);
      stack.push({ level, text: block.text, recitals });
      pendingHeading = { text: block.text, level, path };
      continue;
    }

    const text = block.text;
    if (open?.wantsTitle) {
      open.wantsTitle = false;
      const bold = strongOnlyText(block.node) ?? /^\*\*([^*]+)\*\*$/.exec(text.trim())?.[1];
      if (bold || (!block.code && text.length <= 150 && isHeadlineLike(text))) {
        open.title = (bold ?? text).trim();
        continue;
      }
    }
    if (!block.code) {
      // "Article 5" on its own line (EUR-Lex layout, plain text, DOCX, PDF) opens an article like a heading does.
      const line = enArticleLine(text);
      if (line) {
        close();
        pendingHeading = undefined;
        open = {
          kind: 'article',
          number: line.number,
          parts: [],
          path: pathNow(),
          wantsTitle: !line.title && !line.rest,
        };
        if (line.title) open.title = line.title;
        if (line.rest !== undefined) open.parts.push(tail(block, line.rest));
        continue;
      }
      const zh = zhArticleStart(text, lastArticle());
      if (zh) {
        close();
        pendingHeading = undefined;
        open = { kind: 'article', number: zh.number, parts: [tail(block, zh.rest)], path: pathNow() };
        continue;
      }
      if (inRecitals() && (!open || open.kind === 'recital' || open.kind === 'section')) {
        const recital = recitalStart(text);
        if (recital) {
          close();
          pendingHeading = undefined;
          open = { kind: 'recital', number: recital.number, parts: [tail(block, recital.rest)], path: pathNow() };
          continue;
        }
      }
      if (clauseMode && (!open || open.kind === 'article' || open.kind === 'paragraph')) {
        const clause = clauseStart(text);
        if (clause) {
          close();
          pendingHeading = undefined;
          const titled = clauseTitle(clause.rest);
          open = {
            kind: 'article',
            number: clause.number,
            label: clause.marker,
            parts: [tail(block, titled ? titled.body : clause.rest)],
            path: pathNow(),
          };
          if (titled) open.title = titled.title;
          continue;
        }
        if (open?.kind === 'article' && closing.test(text)) {
          close();
          passages.push(finish({ kind: 'paragraph', text, path: pathNow() }, [partOf(block)]));
          continue;
        }
      }
    }
    if (open) {
      open.parts.push(partOf(block));
      continue;
    }
    if (pendingHeading) {
      pathNow();
      open = {
        kind: 'section',
        title: pendingHeading.text,
        parts: [partOf(block)],
        path: pendingHeading.path,
        level: pendingHeading.level,
      };
      pendingHeading = undefined;
      continue;
    }
    // A quoted passage running over several paragraphs (each opens with “) stays one passage.
    const last = passages[passages.length - 1];
    if (last?.kind === 'paragraph' && text.startsWith('“') && unclosedQuote(last.text)) {
      last.text += `\n\n${text}`;
      finish(last, [...(partsOf.get(last) ?? [{ text: last.text }]), partOf(block)]);
      continue;
    }
    passages.push(finish({ kind: 'paragraph', text, path: pathNow() }, [partOf(block)]));
  }
  close();
  while (stack.length > 0) pop();
  return { passages, warnings: numberingWarnings(passages) };
}

/** "第五条" as a heading line (some sources put article labels on their own line). */
function zhHeadingArticle(text: string): { number: string; title?: string } | undefined {
  const m = zhArticleStart(`${text.trim()} `);
  if (!m) return undefined;
  const rest = m.rest.trim();
  return rest ? { number: m.number, title: rest } : { number: m.number };
}

/** Notices number clauses (I) (II) (5)…: clause mode needs three such paragraphs and no article headings. */
function usesClauses(blocks: Block[]): boolean {
  let clauses = 0;
  let han = 0;
  let latin = 0;
  for (const block of blocks) {
    if (block.code) continue;
    if (block.type === 'heading') {
      if (enArticleHeading(block.text) || /^(recitals?|whereas)$/i.test(block.text.trim())) return false;
      continue;
    }
    if (zhArticleStart(block.text)) return false;
    if (enArticleLine(block.text)) return false;
    if (clauseStart(block.text)) {
      clauses++;
      han += (block.text.match(/[\u4e00-\u9fff]/g) ?? []).length;
      latin += (block.text.match(/[A-Za-z]/g) ?? []).length;
    }
  }
  // Chinese texts number list items (1)(2) inside articles: clause mode is for English notices.
  return clauses >= 3 && han * 4 < latin;
}

function numberingWarnings(passages: ParsedPassage[]): string[] {
  const articles = passages
    .filter((p) => p.kind === 'article' && p.number !== undefined)
    .map((p) => p.number as string);
  const recitals = passages
    .filter((p) => p.kind === 'recital' && p.number !== undefined)
    .map((p) => p.number as string);
  return [...checkSequence('articles', articles), ...checkSequence('recitals', recitals)];
}

/** More “ than ” in the text: a quotation continues in the next paragraph. */
function unclosedQuote(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) depth++;
    else if (c === 0x201d) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
