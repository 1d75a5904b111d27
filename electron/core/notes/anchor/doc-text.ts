import type Database from 'better-sqlite3';

/** Passages are joined with this in a document's flat text, so a quote may run across adjacent passages. */
export const passageGap = '\n\n';

export interface FlatPassage {
  id: string;
  ordinal: number;
  kind: string;
  number: string | undefined;
  title: string | undefined;
  /** Where the passage's text starts and ends in the flat text. */
  start: number;
  end: number;
}

/** One version of a document as one string, with where each passage sits in it. */
export interface FlatText {
  docId: string;
  versionId: number;
  version: number;
  text: string;
  passages: FlatPassage[];
  byId: Map<string, FlatPassage>;
}

interface PassageRow {
  id: string;
  ordinal: number;
  kind: string;
  number: string | null;
  title: string | null;
  text: string;
}

export function flatten(docId: string, versionId: number, version: number, rows: readonly PassageRow[]): FlatText {
  const passages: FlatPassage[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const r of rows) {
    if (parts.length > 0) {
      parts.push(passageGap);
      at += passageGap.length;
    }
    passages.push({
      id: r.id,
      ordinal: r.ordinal,
      kind: r.kind,
      number: r.number ?? undefined,
      title: r.title ?? undefined,
      start: at,
      end: at + r.text.length,
    });
    parts.push(r.text);
    at += r.text.length;
  }
  return { docId, versionId, version, text: parts.join(''), passages, byId: new Map(passages.map((p) => [p.id, p])) };
}

/** A version's flat text from the library; `versionId` defaults to the document's current version. */
export function loadFlatText(library: Database.Database, docId: string, versionId?: number): FlatText | undefined {
  const version = library
    .prepare(
      versionId === undefined
        ? 'SELECT v.id, v.version FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.id = ?'
        : 'SELECT v.id, v.version FROM document_versions v WHERE v.document_id = ? AND v.id = ?',
    )
    .get(...(versionId === undefined ? [docId] : [docId, versionId])) as { id: number; version: number } | undefined;
  if (!version) return undefined;
  const rows = library
    .prepare('SELECT id, ordinal, kind, number, title, text FROM passages WHERE version_id = ? ORDER BY ordinal')
    .all(version.id) as PassageRow[];
  return flatten(docId, version.id, version.version, rows);
}

/** The version row ID of a document's version number, if the library still has it. */
export function versionIdOf(library: Database.Database, docId: string, version: number): number | undefined {
  const row = library
    .prepare('SELECT id FROM document_versions WHERE document_id = ? AND version = ?')
    .get(docId, version) as { id: number } | undefined;
  return row?.id;
}

/** The passage that contains flat offset `at` (an offset in a gap belongs to the passage after it). */
export function passageAt(flat: FlatText, at: number, preferEnd = false): FlatPassage | undefined {
  let lo = 0;
  let hi = flat.passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = flat.passages[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at > p.end) lo = mid + 1;
    else if (preferEnd || at < p.end || mid === flat.passages.length - 1) return p;
    else return at === p.end ? p : flat.passages[mid + 1];
  }
  return flat.passages[lo];
}

/** A flat range as passage-relative offsets: start in one passage, end in the same or a later one. */
export function toPassageRange(
  flat: FlatText,
  start: number,
  end: number,
): { passage: FlatPassage; endPassage: FlatPassage; start: number; end: number } | undefined {
  const passage = passageAt(flat, start);
  const endPassage = passageAt(flat, end, true);
  if (!passage || !endPassage) return undefined;
  return {
    passage,
    endPassage,
    start: Math.max(0, start - passage.start),
    end: Math.min(endPassage.end, end) - endPassage.start,
  };
}
