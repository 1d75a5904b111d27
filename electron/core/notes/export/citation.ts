import type Database from 'better-sqlite3';
import { clauseLabel } from '../../../../shared/labels';
import type { PassageKind } from '../../../../shared/model';
import { getDocument } from '../../store/read';

/** What a handout prints under an item: title, number, clause as written, version date, status. */
export interface Citation {
  title: string;
  docNumber?: string;
  clause?: string;
  versionDate?: string;
  version: number;
  repealed: boolean;
}

export interface CitedPassage {
  citation: Citation;
  kind: PassageKind;
  title?: string;
  text: string;
}

/** A passage of a document's current version with its citation; undefined when either is gone. */
export function citePassage(library: Database.Database, docId: string, passageId?: string): CitedPassage | undefined {
  let doc: ReturnType<typeof getDocument>;
  try {
    doc = getDocument(library, docId);
  } catch {
    return undefined;
  }
  const passage = passageId ? doc.passages.find((p) => p.id === passageId) : undefined;
  if (passageId && !passage) return undefined;
  const clause = passage ? clauseLabel(passage.kind, passage.number, doc.lang) : '';
  const versionDate = doc.issuedDate ?? doc.effectiveDate;
  return {
    citation: {
      title: doc.title,
      ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
      ...(clause ? { clause } : {}),
      ...(versionDate ? { versionDate } : {}),
      version: doc.version,
      repealed: doc.status === 'repealed',
    },
    kind: passage?.kind ?? 'paragraph',
    ...(passage?.title ? { title: passage.title } : {}),
    text: passage?.text ?? '',
  };
}

/** One line: "Title, No. X, Art. 2, 2026-01-01, version 3 — REPEALED". */
export function citationLine(c: Citation): string {
  const parts = [c.title, c.docNumber, c.clause, c.versionDate, `version ${c.version}`].filter(Boolean);
  return `${parts.join(', ')}${c.repealed ? ' — REPEALED' : ' — in force'}`;
}
