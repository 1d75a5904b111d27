import type Database from 'better-sqlite3';
import { type SynonymGroups, SynonymGroupsSchema } from '../../../../shared/model';
import { defaultSynonyms } from './defaults';

/** Reads and writes the user's synonym list (table search_synonyms, migration 0040). */
export class SynonymStore {
  private readonly read: Database.Statement<[], { groups: string }>;
  private readonly write: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    this.read = db.prepare('SELECT groups FROM search_synonyms WHERE id = 1');
    this.write = db.prepare(
      `INSERT INTO search_synonyms (id, groups, updated_at) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET groups = excluded.groups, updated_at = excluded.updated_at`,
    );
  }

  /** The saved list, or the built-in one when none was saved (or the saved one is unreadable). */
  get(): SynonymGroups {
    const row = this.read.get();
    if (!row) return defaultSynonyms.map((g) => [...g]);
    try {
      return SynonymGroupsSchema.parse(JSON.parse(row.groups));
    } catch {
      return defaultSynonyms.map((g) => [...g]);
    }
  }

  /** Saves a list (trimmed, empty and repeated members dropped) and returns it as stored. */
  set(groups: SynonymGroups): SynonymGroups {
    const cleaned = SynonymGroupsSchema.parse(
      groups
        .map((g) => [...new Set(g.map((m) => m.trim().replace(/\s+/g, ' ')).filter((m) => m.length > 0))])
        .filter((g) => g.length >= 2),
    );
    this.write.run(JSON.stringify(cleaned), new Date().toISOString());
    return cleaned;
  }
}
