import type Database from 'better-sqlite3';
import type { Note, Pack } from '../../../../shared/notes-model';
import { type CitedPassage, citationLine, citePassage } from './citation';
import { escapeHtml } from './escape-html';
import { markdownToSafeHtml } from './markdown-html';

/** One pack item resolved against the library and the notes, ready to print. */
export interface HandoutItem {
  trainerText?: string;
  quote?: string;
  noteText?: string;
  noteIsMarkdown?: boolean;
  passage?: CitedPassage;
  quiz?: { question: string; answer: string };
  /** The item's source is gone from the library (its citation cannot be given). */
  missing: boolean;
}

export function resolveHandout(
  library: Database.Database,
  pack: Pack,
  noteById: (id: string) => Note | undefined,
): HandoutItem[] {
  return pack.items.map((item): HandoutItem => {
    const base = {
      ...(item.text ? { trainerText: item.text } : {}),
      ...(item.quiz ? { quiz: item.quiz } : {}),
    };
    if (item.kind === 'text') return { ...base, missing: false };
    if (item.kind === 'note') {
      const note = item.noteId ? noteById(item.noteId) : undefined;
      const passage = note ? citePassage(library, note.docId, note.anchor?.passageId) : undefined;
      return {
        ...base,
        ...(note?.quote ? { quote: note.quote.exact } : {}),
        ...(note?.note ? { noteText: note.note, noteIsMarkdown: note.noteFormat === 'markdown' } : {}),
        ...(passage ? { passage } : {}),
        missing: !passage,
      };
    }
    const passage = item.docId ? citePassage(library, item.docId, item.passageId) : undefined;
    return { ...base, ...(passage ? { passage } : {}), missing: !passage };
  });
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${mdEscape(line)}`)
    .join('\n');
}

/** The handout as Markdown: every item followed by its citation. */
export function handoutMarkdown(pack: Pack, items: readonly HandoutItem[]): string {
  const out = [`# ${mdEscape(pack.name)}`, ''];
  items.forEach((item, i) => {
    out.push(`## ${i + 1}.${item.passage?.title ? ` ${mdEscape(item.passage.title)}` : ''}`, '');
    if (item.trainerText) out.push(mdEscape(item.trainerText), '');
    if (item.quote) out.push(quoted(item.quote), '');
    else if (item.passage?.text) out.push(quoted(item.passage.text), '');
    if (item.noteText) {
      // A Markdown note keeps its formatting; raw HTML in it is neutralised.
      const text = item.noteIsMarkdown ? item.noteText.replace(/</g, '&lt;') : mdEscape(item.noteText);
      out.push(`Note: ${text}`, '');
    }
    if (item.quiz) out.push(`**Q:** ${mdEscape(item.quiz.question)}`, '', `**A:** ${mdEscape(item.quiz.answer)}`, '');
    if (item.passage) out.push(`*${mdEscape(citationLine(item.passage.citation))}*`, '');
    else if (item.missing) out.push('*Source no longer in the library*', '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

const handoutCss = `body{font:16px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
blockquote{border-left:4px solid #c9a600;margin:0 0 .5em;padding:.2em 1em;background:#fffbe6}
.cite{font-size:.85em;color:#444;font-style:italic}.repealed{color:#a00;font-weight:bold}
section{break-inside:avoid;margin-bottom:1.5em}.quiz dt{font-weight:bold}`;

/**
 * The handout as one self-contained HTML page: inline style, no script, no external
 * resource; every piece of text escaped.
 */
export function handoutHtml(pack: Pack, items: readonly HandoutItem[], lang = 'en'): string {
  const sections = items.map((item, i) => {
    const parts = [`<h2>${i + 1}.${item.passage?.title ? ` ${escapeHtml(item.passage.title)}` : ''}</h2>`];
    if (item.trainerText) parts.push(`<div class="trainer">${paragraphs(item.trainerText)}</div>`);
    const body = item.quote ?? item.passage?.text;
    if (body) parts.push(`<blockquote>${paragraphs(body)}</blockquote>`);
    if (item.noteText) {
      const html = item.noteIsMarkdown ? markdownToSafeHtml(item.noteText) : paragraphs(item.noteText);
      parts.push(`<div class="note">${html}</div>`);
    }
    if (item.quiz) {
      parts.push(
        `<dl class="quiz"><dt>Q</dt><dd>${escapeHtml(item.quiz.question)}</dd><dt>A</dt><dd>${escapeHtml(item.quiz.answer)}</dd></dl>`,
      );
    }
    if (item.passage) {
      const c = item.passage.citation;
      const status = c.repealed ? '<span class="repealed">REPEALED</span>' : 'in force';
      const line = escapeHtml(citationLine({ ...c, repealed: false }).replace(/ — in force$/, ''));
      parts.push(`<p class="cite">${line} — ${status}</p>`);
    } else if (item.missing) parts.push('<p class="cite">Source no longer in the library</p>');
    return `<section>${parts.join('')}</section>`;
  });
  return `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(pack.name)}</title><style>${handoutCss}</style></head>
<body><h1>${escapeHtml(pack.name)}</h1>${sections.join('\n')}</body></html>
`;
}
