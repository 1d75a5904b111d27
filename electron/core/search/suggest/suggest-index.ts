import type Database from 'better-sqlite3';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Suggestion } from '../../../../shared/model';
import { isCjk } from '../text/tokens';
import { type SuggestEntry, SuggestEntryReader } from './entries';
import { suggestTokens } from './tokenize';

/** Bump when the entries, tokenizer or options change: older persisted copies get rebuilt. */
export const suggestFormat = 1;

const options: Options<SuggestEntry> = {
  fields: ['text'],
  storeFields: ['text', 'kind', 'docId', 'passageId', 'docTitle'],
  tokenize: suggestTokens,
  processTerm: (term) => term.toLowerCase(),
};

const fuzzy = (term: string): number | false => (isCjk(term) || term.length < 4 ? false : 0.25);

const searchOptions: SearchOptions = {
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy,
  combineWith: 'AND',
  boostDocument: (_id, _term, stored) => (stored?.kind === 'document' ? 1.5 : 1),
};

/** The index as persisted in table search_suggest_index (one row). */
export interface SuggestSnapshot {
  format: number;
  docVersions: string;
  data: string;
}

/** Saves a snapshot of the suggestion index into the library (its one row). */
export function writeSuggestSnapshot(db: Database.Database, snapshot: SuggestSnapshot): void {
  db.prepare(
    `INSERT INTO search_suggest_index (id, format, doc_versions, data, updated_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET format = excluded.format, doc_versions = excluded.doc_versions,
       data = excluded.data, updated_at = excluded.updated_at`,
  ).run(snapshot.format, snapshot.docVersions, snapshot.data, new Date().toISOString());
}

/** How the index came to be in memory (for diagnostics and tests). */
export type SuggestLoad = 'not-loaded' | 'loaded' | 'updated' | 'rebuilt';

interface Persisted {
  /** docId → [versionId, entry IDs] the index holds. */
  docs: Record<string, [number, string[]]>;
}

/**
 * Title / heading / question suggestions with MiniSearch. Loaded lazily from table
 * search_suggest_index; on load, documents whose current version differs from the one
 * stored are re-read (a missing or unreadable copy is rebuilt). Kept current by
 * documentsChanged and saved after each change. With `persist: false` it lives in memory.
 *
 *   const index = new SuggestIndex(db, { persist: true }); index.suggest('rate lim', 8)
 */
export class SuggestIndex {
  private ms: MiniSearch<SuggestEntry> | null = null;
  private docs = new Map<string, [number, string[]]>();
  private readonly reader: SuggestEntryReader;
  private readonly db: Database.Database;
  private readonly persist: boolean;
  private readonly saveSnapshot: (snapshot: SuggestSnapshot) => void;
  load: SuggestLoad = 'not-loaded';

  /**
   * `save`: where a changed index goes (default: written into `db`). A reader on a read-only
   * connection (the read worker) hands it to the thread that holds the writable one.
   */
  constructor(db: Database.Database, opts: { persist: boolean; save?: (snapshot: SuggestSnapshot) => void }) {
    this.db = db;
    this.persist = opts.persist;
    this.saveSnapshot = opts.save ?? ((snapshot) => writeSuggestSnapshot(db, snapshot));
    this.reader = new SuggestEntryReader(db);
  }

  private readPersisted(): MiniSearch<SuggestEntry> | null {
    if (!this.persist) return null;
    const row = this.db.prepare('SELECT format, doc_versions, data FROM search_suggest_index WHERE id = 1').get() as
      | { format: number; doc_versions: string; data: string }
      | undefined;
    if (!row || row.format !== suggestFormat) return null;
    try {
      const persisted = JSON.parse(row.doc_versions) as Persisted;
      const ms = MiniSearch.loadJSON<SuggestEntry>(row.data, options);
      this.docs = new Map(Object.entries(persisted.docs));
      return ms;
    } catch {
      this.docs = new Map();
      return null;
    }
  }

  private save(): void {
    if (!this.persist || !this.ms) return;
    const persisted: Persisted = { docs: Object.fromEntries(this.docs) };
    this.saveSnapshot({ format: suggestFormat, docVersions: JSON.stringify(persisted), data: JSON.stringify(this.ms) });
  }

  /** Re-reads these documents into `ms`; returns whether anything changed. */
  private refresh(ms: MiniSearch<SuggestEntry>, docIds: Iterable<string>): boolean {
    let changed = false;
    for (const docId of docIds) {
      const old = this.docs.get(docId);
      const now = this.reader.entriesOf(docId);
      if (old && now && old[0] === now.versionId) continue;
      if (old) {
        for (const id of old[1]) if (ms.has(id)) ms.discard(id);
        this.docs.delete(docId);
        changed = true;
      }
      if (now) {
        ms.addAll(now.entries);
        this.docs.set(docId, [now.versionId, now.entries.map((e) => e.id)]);
        changed = true;
      }
    }
    return changed;
  }

  private ensureLoaded(): MiniSearch<SuggestEntry> {
    if (this.ms) return this.ms;
    const current = this.reader.currentVersions();
    let ms = this.readPersisted();
    if (ms) {
      const stale = new Set<string>();
      for (const [docId, [version]] of this.docs) if (current.get(docId) !== version) stale.add(docId);
      for (const docId of current.keys()) if (!this.docs.has(docId)) stale.add(docId);
      this.ms = ms;
      this.load = this.refresh(ms, stale) ? 'updated' : 'loaded';
      if (this.load === 'updated') this.save();
      return ms;
    }
    ms = new MiniSearch<SuggestEntry>(options);
    this.docs = new Map();
    this.refresh(ms, current.keys());
    this.ms = ms;
    this.load = 'rebuilt';
    this.save();
    return ms;
  }

  /** Called after an import: only matters once loaded (a later load catches up by itself). */
  documentsChanged(docIds: readonly string[]): void {
    if (!this.ms) return;
    if (this.refresh(this.ms, docIds)) this.save();
  }

  /** Titles, headings and questions for what is being typed: prefix on the last word, typo-tolerant. */
  suggest(prefix: string, limit: number): Suggestion[] {
    const text = prefix.trim();
    if (!text) return [];
    const ms = this.ensureLoaded();
    let results = ms.search(text, searchOptions);
    if (results.length === 0) results = ms.search(text, { ...searchOptions, combineWith: 'OR' });
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    for (const r of results) {
      // The same title in several documents (a law's versions, one text in three formats) is offered once.
      const key = String(r.text).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text: r.text as string,
        kind: r.kind as Suggestion['kind'],
        docId: r.docId as string,
        ...(typeof r.passageId === 'string' ? { passageId: r.passageId } : {}),
        docTitle: r.docTitle as string,
      });
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Corrections for a query that found nothing: the words respelled, then close titles.
   * `respell` (the index vocabulary) goes first: it returns the word itself when the
   * index holds it, a correction, or null to let the titles' words decide.
   */
  didYouMean(query: string, limit = 3, respell: (word: string) => string | null = () => null): string[] {
    const text = query.trim();
    if (!text) return [];
    const ms = this.ensureLoaded();
    const out: string[] = [];
    const words = text.split(/\s+/);
    const fixed = words.map((w) => {
      if (isCjk(w) || w.length < 3) return w;
      const fromIndex = respell(w);
      if (fromIndex !== null) return fromIndex;
      const s = ms.autoSuggest(w, { fuzzy: 0.34, prefix: false, combineWith: 'OR' })[0];
      return s?.suggestion.split(' ')[0] ?? w;
    });
    const respelled = fixed.join(' ');
    if (respelled.toLowerCase() !== text.toLowerCase()) out.push(respelled);
    for (const r of ms.search(text, { fuzzy: 0.34, prefix: true, combineWith: 'OR' })) {
      if (out.length >= limit) break;
      if (!out.includes(r.text as string)) out.push(r.text as string);
    }
    return out;
  }
}
