import type Database from 'better-sqlite3';
import type { Note } from '../../../../shared/notes-model';
import { citationLine, citePassage } from './citation';
import { escapeHtml } from './escape-html';
import { markdownToSafeHtml } from './markdown-html';

interface Group {
  title: string;
  notes: Note[];
}

function byDocument(notes: readonly Note[]): Group[] {
  const groups = new Map<string, Group>();
  for (const n of notes) {
    const group = groups.get(n.docId) ?? { title: n.identity.title, notes: [] };
    group.notes.push(n);
    groups.set(n.docId, group);
  }
  return [...groups.values()];
}

function cite(library: Database.Database, n: Note): string {
  const cited = citePassage(library, n.docId, n.anchor?.passageId);
  return cited ? citationLine(cited.citation) : `${n.identity.title} (not in this library)`;
}

/** The notes as Markdown, by document: quote, note, tags, status, citation. */
export function notesMarkdown(library: Database.Database, notes: readonly Note[]): string {
  const out = ['# Folio notes', ''];
  for (const g of byDocument(notes)) {
    out.push(`## ${g.title}`, '');
    for (const n of g.notes) {
      if (n.quote) out.push(...n.quote.exact.split('\n').map((l) => `> ${l}`), '');
      else out.push(`Bookmark${n.anchor?.number ? ` at ${n.anchor.number}` : ''}`, '');
      if (n.note) out.push(n.note, '');
      const facts = [n.colour, n.tags.length > 0 ? `tags: ${n.tags.join(', ')}` : '', n.status].filter(Boolean);
      out.push(`*${facts.join(' · ')} — ${cite(library, n)}*`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The notes as one self-contained, escaped HTML page (no script). */
export function notesHtml(library: Database.Database, notes: readonly Note[]): string {
  const sections = byDocument(notes).map((g) => {
    const items = g.notes.map((n) => {
      const quote = n.quote ? `<blockquote>${escapeHtml(n.quote.exact)}</blockquote>` : '<p>Bookmark</p>';
      const text = !n.note
        ? ''
        : n.noteFormat === 'markdown'
          ? markdownToSafeHtml(n.note)
          : `<p>${escapeHtml(n.note)}</p>`;
      const facts = [n.colour, n.tags.length > 0 ? `tags: ${n.tags.join(', ')}` : '', n.status].filter(Boolean);
      return `<li>${quote}${text}<p class="cite">${escapeHtml(`${facts.join(' · ')} — ${cite(library, n)}`)}</p></li>`;
    });
    return `<section><h2>${escapeHtml(g.title)}</h2><ul>${items.join('')}</ul></section>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Folio notes</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto}blockquote{border-left:4px solid #c9a600;margin:0;padding:0 1em}.cite{color:#444;font-size:.85em}</style>
</head><body><h1>Folio notes</h1>${sections.join('\n')}</body></html>
`;
}
