import type Database from 'better-sqlite3';
import type { Suggestion } from '../../../../shared/model';

/** One thing a suggestion can point at: a document title, a heading, a FAQ question, an article title. */
export interface SuggestEntry {
  id: string;
  text: string;
  kind: Suggestion['kind'];
  docId: string;
  passageId?: string;
  docTitle: string;
}

export interface DocVersion {
  id: string;
  versionId: number;
}

const kindOf: Record<string, Suggestion['kind']> = { faq: 'faq', article: 'article', section: 'heading' };

/** Reads what the suggestion index holds for documents (never full passage text). */
export class SuggestEntryReader {
  private readonly doc: Database.Statement<[string], { id: string; title: string; version_id: number | null }>;
  private readonly titles: Database.Statement<[number], { id: string; kind: string; title: string }>;
  private readonly versions: Database.Statement<[], { id: string; version_id: number | null }>;

  constructor(db: Database.Database) {
    this.doc = db.prepare('SELECT id, title, current_version_id AS version_id FROM documents WHERE id = ?');
    this.titles = db.prepare(
      `SELECT id, kind, title FROM passages
       WHERE version_id = ? AND title IS NOT NULL AND title <> '' AND kind IN ('faq', 'article', 'section')
       ORDER BY ordinal`,
    );
    this.versions = db.prepare('SELECT id, current_version_id AS version_id FROM documents');
  }

  /** Every document's current version, keyed by document ID. */
  currentVersions(): Map<string, number> {
    const out = new Map<string, number>();
    for (const r of this.versions.all()) if (r.version_id !== null) out.set(r.id, r.version_id);
    return out;
  }

  /** A document's entries at its current version, or null when it is gone. */
  entriesOf(docId: string): { versionId: number; entries: SuggestEntry[] } | null {
    const d = this.doc.get(docId);
    if (!d || d.version_id === null) return null;
    const entries: SuggestEntry[] = [
      { id: `d:${d.id}`, text: d.title, kind: 'document', docId: d.id, docTitle: d.title },
    ];
    const seen = new Set<string>();
    for (const p of this.titles.all(d.version_id)) {
      const key = `${p.kind}\u0000${p.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({
        id: `p:${p.id}`,
        text: p.title,
        kind: kindOf[p.kind]!,
        docId: d.id,
        passageId: p.id,
        docTitle: d.title,
      });
    }
    return { versionId: d.version_id, entries };
  }
}
