import type Database from 'better-sqlite3';
import type { CitedBy, CrossRef, Passage } from '../../../shared/model';
import { findDocNumberSpans } from '../ingest/metadata';
import { docNumberKey } from '../store/doc-number';
import { findCrossRefs } from './crossref';

/** Passage kinds a clause number can land on. */
const clauseKinds = new Set(['article', 'section', 'recital']);

/** Looks documents and their clauses up once per title or number within one getDocument call. */
class LibraryLookup {
  private readonly byTitle = new Map<string, string | null>();
  private readonly byNumber = new Map<string, string | null>();
  private readonly clauses = new Map<string, Map<string, string>>();
  constructor(
    private readonly db: Database.Database,
    private readonly selfId: string,
  ) {}

  /** The in-force (newest dated) document with this title, or 中华人民共和国 + title; not this one. */
  docByTitle(title: string): string | null {
    let id = this.byTitle.get(title);
    if (id === undefined) {
      const row = this.db
        .prepare(
          `SELECT d.id FROM documents d JOIN document_versions v ON v.id = d.current_version_id
           WHERE d.title IN (?, ?) AND d.id <> ?
           ORDER BY json_extract(v.metadata, '$.issuedDate') DESC LIMIT 1`,
        )
        .get(title, `中华人民共和国${title}`, this.selfId) as { id: string } | undefined;
      id = row?.id ?? null;
      this.byTitle.set(title, id);
    }
    return id;
  }

  docByNumber(value: string): string | null {
    const key = docNumberKey(value);
    let id = this.byNumber.get(key);
    if (id === undefined) {
      const row = this.db
        .prepare('SELECT id FROM documents WHERE doc_number_key = ? AND id <> ? ORDER BY created_at LIMIT 1')
        .get(key, this.selfId) as { id: string } | undefined;
      id = row?.id ?? null;
      this.byNumber.set(key, id);
    }
    return id;
  }

  /** Clause number → passage ID in another document's current version. */
  clausesOf(docId: string): Map<string, string> {
    let map = this.clauses.get(docId);
    if (!map) {
      const rows = this.db
        .prepare(
          `SELECT p.id, p.kind, p.number FROM passages p JOIN documents d ON d.current_version_id = p.version_id
           WHERE d.id = ? AND p.number IS NOT NULL ORDER BY p.ordinal`,
        )
        .all(docId) as { id: string; kind: string; number: string }[];
      map = clauseMap(rows);
      this.clauses.set(docId, map);
    }
    return map;
  }
}

/** An item line inside a 款: （一）…, 一、…, 1. … — not the start of a new 款. */
const itemLine = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．])/;

/**
 * Where each 款 of a passage starts, as indexes of the paragraphs the reader shows (non-blank
 * lines): item lines belong to the 款 above them. Also the paragraph each character offset is in.
 */
export function paragraphLayout(text: string): { starts: number[]; paragraphAt: (offset: number) => number } {
  const lineStarts: number[] = [];
  const starts: number[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (m[0].trim() === '') continue;
    if (!itemLine.test(m[0]) || starts.length === 0) starts.push(lineStarts.length);
    lineStarts.push(m.index ?? 0);
  }
  const paragraphAt = (offset: number) => {
    let i = 0;
    while (i + 1 < lineStarts.length && (lineStarts[i + 1] as number) <= offset) i++;
    return i;
  };
  return { starts, paragraphAt };
}

/** The shown paragraph where 款 number `n` (from 1) starts, if the passage has that many. */
function paragraphOfKuan(passage: Passage | undefined, n: number): number | undefined {
  if (!passage) return undefined;
  return paragraphLayout(passage.text).starts[n - 1];
}

function clauseMap(passages: readonly { id: string; kind: string; number?: string | null }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of passages) {
    if (p.number && clauseKinds.has(p.kind) && !map.has(p.number)) map.set(p.number, p.id);
  }
  return map;
}

/**
 * Adds `refs` (cross-references as ranges of each passage's text, resolved to a passage of
 * this document or another document in the library) and `citedBy` (which passages of this
 * document refer to it, and how often). References that lead nowhere are left as text.
 */
export function attachCrossRefs(db: Database.Database, docId: string, passages: readonly Passage[]): Passage[] {
  const lookup = new LibraryLookup(db, docId);
  const own = clauseMap(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const citations = new Map<string, Map<string, number>>();
  const withRefs = passages.map((passage) => {
    const refs: CrossRef[] = [];
    let layout: ReturnType<typeof paragraphLayout> | undefined;
    for (const raw of findCrossRefs(passage.text)) {
      let target: { docId: string; passageId?: string; paragraph?: number } | null = null;
      if (raw.kind === 'clause') {
        const passageId = own.get(raw.number);
        const paragraph = raw.paragraph ? paragraphOfKuan(byId.get(passageId ?? ''), raw.paragraph) : undefined;
        if (passageId && (passageId !== passage.id || paragraph !== undefined)) {
          target = { docId, passageId, ...(paragraph !== undefined ? { paragraph } : {}) };
        }
      } else if (raw.kind === 'previous-paragraph' || raw.kind === 'own-paragraph') {
        layout ??= paragraphLayout(passage.text);
        let kuan: number;
        if (raw.kind === 'own-paragraph') kuan = raw.paragraph - 1;
        else {
          const here = layout.paragraphAt(raw.start);
          kuan = layout.starts.filter((s) => s <= here).length - 2;
        }
        const paragraph = kuan >= 0 ? layout.starts[kuan] : undefined;
        if (paragraph !== undefined) target = { docId, passageId: passage.id, paragraph };
      } else {
        const other = lookup.docByTitle(raw.title);
        if (other) {
          const passageId = raw.kind === 'titled-clause' ? lookup.clausesOf(other).get(raw.number) : undefined;
          target = passageId ? { docId: other, passageId } : { docId: other };
        }
      }
      if (target) refs.push({ start: raw.start, end: raw.end, ...target });
    }
    for (const span of findDocNumberSpans(passage.text)) {
      const other = lookup.docByNumber(span.value);
      if (other && !refs.some((r) => r.start < span.end && span.start < r.end)) {
        refs.push({ start: span.start, end: span.end, docId: other });
      }
    }
    refs.sort((a, b) => a.start - b.start);
    for (const ref of refs) {
      if (ref.docId !== docId || !ref.passageId || ref.passageId === passage.id) continue;
      const from = citations.get(ref.passageId) ?? new Map<string, number>();
      from.set(passage.id, (from.get(passage.id) ?? 0) + 1);
      citations.set(ref.passageId, from);
    }
    return refs.length > 0 ? { ...passage, refs } : passage;
  });
  return withRefs.map((passage) => {
    const from = citations.get(passage.id);
    if (!from) return passage;
    const citedBy: CitedBy[] = [...from].map(([passageId, count]) => ({ passageId, count }));
    return { ...passage, citedBy };
  });
}
