import type Database from 'better-sqlite3';
import type { Ranges, SearchHit } from '../../../shared/model';
import type { Note } from '../../../shared/notes-model';

/** Longest snippet a note hit shows (a quote or note can be long). */
const snippetLength = 240;

function ranges(text: string, words: readonly string[]): Ranges {
  const lower = text.toLowerCase();
  const found: Ranges = [];
  for (const w of words) {
    const needle = w.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      found.push([at, at + needle.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * Notes found by `searchNotes` as search hits on their passages (for `in:notes`): opening a
 * hit opens the passage. The snippet is the note's text when a word is in it, else the quote.
 */
export function noteHits(library: Database.Database, notes: readonly Note[], query: string): SearchHit[] {
  const words = query.split(/\s+/).filter((w) => w.length > 0);
  const passage = library.prepare(
    `SELECT p.kind, p.number, p.title, p.path, d.title AS doc_title FROM passages p
     JOIN documents d ON d.id = p.document_id JOIN document_versions v ON v.id = p.version_id
     WHERE d.id = ? AND v.version = ? AND p.id = ?`,
  );
  const hits: SearchHit[] = [];
  notes.forEach((n, i) => {
    if (!n.anchor) return;
    const row = passage.get(n.docId, n.version, n.anchor.passageId) as
      | { kind: SearchHit['kind']; number: string | null; title: string | null; path: string; doc_title: string }
      | undefined;
    if (!row) return;
    const inNote = n.note !== undefined && ranges(n.note, words).length > 0;
    const snippet = (inNote ? n.note! : (n.quote?.exact ?? n.note ?? '')).slice(0, snippetLength);
    const path = JSON.parse(row.path) as string[];
    hits.push({
      docId: n.docId,
      docTitle: row.doc_title,
      passageId: n.anchor.passageId,
      kind: row.kind,
      ...(row.number ? { number: row.number } : {}),
      ...(row.title ? { title: row.title } : {}),
      ...(path.length > 0 ? { path } : {}),
      snippet,
      highlights: ranges(snippet, words),
      score: notes.length - i,
      matched: { fields: inNote ? ['note'] : n.tags.length > 0 ? ['quote', 'tags'] : ['quote'], terms: words },
    });
  });
  return hits;
}
