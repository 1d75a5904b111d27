import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import type { Comparison, Passage, VersionEntry } from '../../../shared/model';
import { toPassage } from '../store/read';
import { compareArticles } from './compare';
import { lawVersions } from './supersede';

/** A version named by its ref ("2", a document ID) or its date (2024-11-08). */
function pick(versions: readonly VersionEntry[], ref: string): VersionEntry {
  const found = versions.find((v) => v.ref === ref) ?? versions.find((v) => v.date === ref);
  if (!found) throw new KbError('NOT_FOUND', `No version ${ref}; versions: ${versions.map((v) => v.ref).join(', ')}`);
  return found;
}

function passagesOf(db: Database.Database, entry: VersionEntry): Passage[] {
  return (
    db
      .prepare(
        `SELECT p.id, p.kind, p.number, p.label, p.title, p.text, p.path
         FROM passages p JOIN document_versions v ON v.id = p.version_id
         WHERE v.document_id = ? AND v.version = ? ORDER BY p.ordinal`,
      )
      .all(entry.docId, entry.version) as Parameters<typeof toPassage>[0][]
  ).map(toPassage);
}

/**
 * Compares two versions of the law `docId` belongs to. Default: the version before this
 * document's current one → the current one (or, for the oldest, it → the next one).
 */
export function compareVersions(db: Database.Database, docId: string, fromRef?: string, toRef?: string): Comparison {
  const doc = db.prepare('SELECT title, lang FROM documents WHERE id = ?').get(docId) as
    | { title: string; lang: string }
    | undefined;
  if (!doc) throw new KbError('NOT_FOUND', `No document with ID ${docId}`);
  const versions = lawVersions(db, docId);
  if (versions.length < 2) throw new KbError('NOT_FOUND', `Document ${docId} has only one version`);
  const here = Math.max(
    0,
    versions.findIndex((v) => v.docId === docId && v.current),
  );
  const defaultTo = here > 0 ? here : 1;
  const to = toRef ? pick(versions, toRef) : (versions[defaultTo] as VersionEntry);
  const from = fromRef ? pick(versions, fromRef) : (versions[Math.max(0, versions.indexOf(to) - 1)] as VersionEntry);
  const { articles, counts } = compareArticles(passagesOf(db, from), passagesOf(db, to));
  return { from, to, title: doc.title, lang: doc.lang, counts, articles };
}
