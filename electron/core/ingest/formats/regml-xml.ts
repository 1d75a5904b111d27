import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { squeeze } from '../blocks';
import { enArticleHeading } from '../structure/articles-en';
import { checkSequence } from '../structure/numbering';
import type { ParsedDocument, ParsedFile, ParsedPassage } from '../types';

const isElement = (n: ChildNode): n is Element => n.type === 'tag';

function children(node: Element, name?: string): Element[] {
  return node.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

function first(node: Element | undefined, name: string): Element | undefined {
  if (!node) return undefined;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.name === name) return child;
    const deeper = first(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function textOf(node: ChildNode | undefined, skip: ReadonlySet<string> = new Set()): string {
  if (!node) return '';
  if (node.type === 'text') return node.data;
  if (!isElement(node) || skip.has(node.name)) return '';
  return node.children.map((c) => textOf(c, skip)).join('');
}

const nested = new Set(['paragraph', 'interpParagraph', 'analysisParagraph', 'title']);

/** Paragraph trees → lines "(a) Authority. The regulation…", depth-first; an empty "(a)" prefixes its first child: "(a)(1) …". */
function paragraphLines(node: Element, out: string[], carry = ''): void {
  let prefix = carry;
  for (const child of children(node)) {
    if (child.name === 'paragraph' || child.name === 'interpParagraph' || child.name === 'analysisParagraph') {
      const marker = child.attribs.marker && child.attribs.marker !== 'Interp' ? child.attribs.marker : '';
      const title = squeeze(textOf(children(child, 'title')[0]));
      const content = squeeze(
        children(child, 'content')
          .map((c) => textOf(c, nested))
          .join(' '),
      );
      if (!title && !content) {
        paragraphLines(child, out, `${prefix}${marker}`);
      } else {
        const line = squeeze(`${prefix}${marker} ${title ? `${title} ` : ''}${content}`);
        if (line) out.push(line);
        paragraphLines(child, out);
      }
      prefix = '';
    }
  }
}

/**
 * CFPB RegML (eregs) XML → one document: each `<section>` an article numbered from its subject
 * ("§ 1005.2 Definitions." → "1005.2", title "Definitions."), nested `<paragraph marker>` kept in its
 * text; appendices and official interpretations as titled sections.
 */
export function regmlToDocument(name: string, xml: string): ParsedFile {
  const dom = parseDocument(xml, { xmlMode: true });
  const root = dom.children.filter(isElement).find((e) => e.name === 'regulation');
  const passages: ParsedPassage[] = [];
  const fdsys = root ? first(root, 'fdsys') : undefined;
  const preamble = root ? first(root, 'preamble') : undefined;
  const part = root ? first(root, 'part') : undefined;
  const heading = squeeze(textOf(fdsys ? children(fdsys, 'title')[0] : undefined));
  const letter = squeeze(textOf(preamble ? first(preamble, 'regLetter') : undefined));
  const title = heading ? `${heading}${letter ? ` (Regulation ${letter})` : ''}` : name.replace(/\.[^.]+$/, '');

  const walk = (node: Element, path: string[]) => {
    for (const child of children(node)) {
      if (child.name === 'tableOfContents') continue;
      if (child.name === 'subpart') {
        const t = squeeze(textOf(children(child, 'title')[0]));
        const label = child.attribs.subpartLetter ? `Subpart ${child.attribs.subpartLetter}` : '';
        walk(child, [...path, [label, t].filter(Boolean).join(' — ') || 'Subpart']);
      } else if (child.name === 'section') {
        const subject = squeeze(textOf(children(child, 'subject')[0]));
        const lines: string[] = [];
        paragraphLines(child, lines);
        const art = enArticleHeading(subject);
        const passage: ParsedPassage = art
          ? { kind: 'article', number: art.number, text: lines.join('\n\n'), path }
          : { kind: 'section', text: lines.join('\n\n'), path };
        if (art?.title) passage.title = art.title;
        else if (!art && subject) passage.title = subject;
        passages.push(passage);
      } else if (child.name === 'appendix' || child.name === 'interpretations' || child.name === 'analysis') {
        const t =
          squeeze(textOf(children(child, 'appendixTitle')[0] ?? children(child, 'title')[0])) ||
          (child.name === 'interpretations'
            ? 'Official interpretations'
            : child.name === 'analysis'
              ? 'Analysis'
              : 'Appendix');
        walk(child, [...path, t]);
      } else if (
        child.name === 'appendixSection' ||
        child.name === 'interpSection' ||
        child.name === 'analysisSection'
      ) {
        const t = squeeze(textOf(children(child, 'subject')[0] ?? children(child, 'title')[0]));
        const lines: string[] = [];
        paragraphLines(child, lines);
        for (const p of children(child, 'content')) lines.unshift(squeeze(textOf(p, nested)));
        const text = lines.filter(Boolean).join('\n\n');
        if (text || t) passages.push({ kind: 'section', ...(t ? { title: t } : {}), text, path });
        walk(child, path);
      } else {
        walk(child, path);
      }
    }
  };
  if (part) walk(part, []);

  const numbers = passages.filter((p) => p.kind === 'article' && p.number).map((p) => p.number as string);
  const doc: ParsedDocument = {
    title,
    lang: 'en',
    relations: [],
    passages,
    warnings: checkSequence('sections', numbers),
  };
  const label = part?.attribs.label;
  const cfrTitle = squeeze(textOf(preamble ? first(preamble, 'title') : undefined));
  if (label) doc.docNumber = `${cfrTitle || '12'} CFR Part ${label}`;
  const agency = squeeze(textOf(preamble ? first(preamble, 'agency') : undefined));
  if (agency) doc.issuers = [agency];
  const date = squeeze(textOf(fdsys ? children(fdsys, 'date')[0] : undefined));
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) doc.issuedDate = date;
  const effective = squeeze(textOf(preamble ? first(preamble, 'effectiveDate') : undefined));
  if (/^\d{4}-\d{2}-\d{2}$/.test(effective)) doc.effectiveDate = effective;
  return { documents: [doc], warnings: root ? [] : [`${name}: no <regulation> root found`] };
}
