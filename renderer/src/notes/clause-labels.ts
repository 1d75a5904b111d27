import type { DocumentDetail } from '../../../shared/model';
import type { Note } from '../../../shared/notes-model';
import { clauseLabel } from '../text/labels';

/** How one document's passages are cited (第十二条, Art. 12, (IX)), by passage id and by number. */
export interface DocumentClauses {
  byPassage: ReadonlyMap<string, string>;
  byNumber: ReadonlyMap<string, string>;
}

/** The clause labels of a document's passages, counted as the reader counts them (FAQs Q1, Q2… in order). */
export function documentClauses(doc: DocumentDetail): DocumentClauses {
  const byPassage = new Map<string, string>();
  const byNumber = new Map<string, string>();
  let faqs = 0;
  for (const p of doc.passages) {
    const number = p.number ?? (p.kind === 'faq' ? String(++faqs) : undefined);
    const label = clauseLabel(p.kind, number, doc.lang, p.label);
    if (!label) continue;
    byPassage.set(p.id, label);
    if (p.number && !byNumber.has(p.number)) byNumber.set(p.number, label);
  }
  return { byPassage, byNumber };
}

/**
 * Where a note is, as a clause is written: the label of its passage in the document's current
 * version, else (an orphan, or a passage of an older version) the label the same number has now,
 * else the stored number as it is.
 */
export function noteClause(note: Note, clauses: DocumentClauses | undefined): string | undefined {
  const passageId = note.anchor?.passageId ?? note.previous?.passageId;
  const number = note.anchor?.number ?? note.previous?.number;
  const byPassage = passageId ? clauses?.byPassage.get(passageId) : undefined;
  if (byPassage && note.anchor) return byPassage;
  return (number ? clauses?.byNumber.get(number) : undefined) ?? byPassage ?? number;
}
