import type Database from 'better-sqlite3';
import type { DocIdentity, Note, ReanchorReport } from '../../../shared/notes-model';
import { type FlatText, loadFlatText, versionIdOf } from './anchor/doc-text';
import { quoteAt } from './anchor/quote';
import { type AnchorTarget, type OldAnchor, prepareTarget, reanchor } from './anchor/reanchor';
import { documentIdentity } from './identity';

/** Caches a document's versions and targets while many notes are re-anchored. */
export class AnchorContext {
  private readonly flats = new Map<string, FlatText | undefined>();
  private readonly targets = new Map<string, AnchorTarget | undefined>();
  private readonly identities = new Map<number, DocIdentity | undefined>();
  constructor(readonly library: Database.Database) {}

  flat(docId: string, version?: number): FlatText | undefined {
    const key = `${docId}\n${version ?? 'current'}`;
    if (!this.flats.has(key)) {
      const versionId = version === undefined ? undefined : versionIdOf(this.library, docId, version);
      const flat =
        version !== undefined && versionId === undefined ? undefined : loadFlatText(this.library, docId, versionId);
      this.flats.set(key, flat);
    }
    return this.flats.get(key);
  }

  identity(docId: string, versionId: number): DocIdentity | undefined {
    if (!this.identities.has(versionId))
      this.identities.set(versionId, documentIdentity(this.library, docId, versionId));
    return this.identities.get(versionId);
  }

  target(docId: string): AnchorTarget | undefined {
    if (!this.targets.has(docId)) {
      const flat = this.flat(docId);
      this.targets.set(docId, flat ? prepareTarget(flat) : undefined);
    }
    return this.targets.get(docId);
  }
}

function oldAnchorOf(context: AnchorContext, note: Note): OldAnchor | undefined {
  if (!note.anchor) return undefined;
  const flat = context.flat(note.docId, note.version);
  const passage = flat?.byId.get(note.anchor.passageId);
  const quote =
    note.quote ??
    (passage && flat ? quoteAt(flat.text, passage.start, passage.end) : { exact: '', prefix: '', suffix: '' });
  return {
    quote,
    passageId: note.anchor.passageId,
    passageKey: passage ? { ordinal: passage.ordinal, kind: passage.kind, number: passage.number } : undefined,
    start: note.anchor.start,
  };
}

/**
 * The note placed in the current version of `toDocId`: anchored, moved, changed (old
 * wording kept in `previous`) or orphaned (left on its old version, still readable).
 */
export function reanchorNote(context: AnchorContext, note: Note, toDocId: string, now: string): Note {
  const target = context.target(toDocId);
  if (!target) return note;
  const identity = context.identity(toDocId, target.flat.versionId) ?? note.identity;
  const previous = {
    docId: note.docId,
    version: note.version,
    ...(note.anchor ? { passageId: note.anchor.passageId, start: note.anchor.start, end: note.anchor.end } : {}),
    ...(note.anchor?.number ? { number: note.anchor.number } : {}),
    exact: note.quote?.exact ?? '',
  };
  const sameText = identity.fingerprint === note.identity.fingerprint;
  const moveTo = (fields: Partial<Note>): Note => {
    const status = fields.status ?? 'anchored';
    return {
      ...note,
      ...fields,
      docId: toDocId,
      identity,
      version: target.flat.version,
      needsReview: status !== 'anchored',
      ...(status !== 'anchored' ? { previous } : {}),
      updatedAt: now,
    };
  };
  if (!note.anchor) return moveTo({ status: 'anchored' });
  const old = oldAnchorOf(context, note);
  if (note.kind === 'bookmark' && old) {
    const passage =
      target.flat.byId.get(note.anchor.passageId) ??
      (old.passageKey?.number !== undefined
        ? target.flat.passages.find((p) => p.number === old.passageKey?.number && p.kind === old.passageKey?.kind)
        : undefined);
    if (!passage) return { ...note, status: 'orphaned', needsReview: true, previous, updatedAt: now };
    const anchor = {
      passageId: passage.id,
      endPassageId: passage.id,
      start: 0,
      end: 0,
      ...(passage.number ? { number: passage.number } : {}),
    };
    return moveTo({ anchor, status: passage.id === note.anchor.passageId || sameText ? 'anchored' : 'moved' });
  }
  const placed = old ? reanchor(target, old) : undefined;
  if (!placed) return { ...note, status: 'orphaned', needsReview: true, previous, updatedAt: now };
  const status = placed.status === 'moved' && sameText ? 'anchored' : placed.status;
  const { anchor: _old, ...rest } = note;
  return moveTo({
    ...rest,
    anchor: {
      passageId: placed.passage.id,
      endPassageId: placed.endPassage.id,
      start: placed.start,
      end: placed.end,
      ...(placed.passage.number ? { number: placed.passage.number } : {}),
    },
    quote: placed.quote,
    status,
  });
}

export function countStatuses(notes: readonly Note[]): ReanchorReport {
  const report: ReanchorReport = { anchored: 0, moved: 0, changed: 0, orphaned: 0 };
  for (const n of notes) report[n.status]++;
  return report;
}
