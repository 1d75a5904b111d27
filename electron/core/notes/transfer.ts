import type Database from 'better-sqlite3';
import { KbError } from '../../../shared/errors';
import {
  type ExportFormat,
  type ImportNotesReport,
  type Note,
  NoteSchema,
  type Pack,
} from '../../../shared/notes-model';
import { type FolioNotesExport, FolioNotesExportSchema } from './export/folio-json';
import { notesHtml, notesMarkdown } from './export/notes-document';
import { AnnotationCollectionSchema, fromWebAnnotation, toAnnotationCollection } from './export/w3c';
import { resolveIdentity } from './identity';
import type { NotesStore } from './notes-store';
import type { Packs } from './packs';
import { AnchorContext, reanchorNote } from './reanchor-notes';

interface TransferOptions {
  library: Database.Database;
  notes: NotesStore;
  packs: Packs;
  now: () => Date;
}

/** Export and idempotent import of notes and packs. */
export function createTransfer({ library, notes, packs, now }: TransferOptions) {
  function everything(layer?: string, packName?: string): { notes: Note[]; packs: Pack[]; layers: string[] } {
    if (packName) {
      const pack = packs.find(packName);
      const ids = new Set(pack.items.flatMap((i) => (i.noteId ? [i.noteId] : [])));
      const inPack = notes.list({ includeDeleted: true }).filter((n) => ids.has(n.id));
      return { notes: inPack, packs: [pack], layers: [...new Set([pack.layer, ...inPack.map((n) => n.layer)])].sort() };
    }
    const all = notes.list({ includeDeleted: true, ...(layer ? { layer } : {}) });
    const allPacks = packs.list().filter((p) => !layer || p.layer === layer);
    const layers = layer ? [layer] : notes.layers();
    return { notes: all, packs: allPacks, layers };
  }

  function exportNotes(format: ExportFormat, layer?: string, pack?: string): string {
    const data = everything(layer, pack);
    const live = data.notes.filter((n) => !n.deletedAt);
    switch (format) {
      case 'folio': {
        const out: FolioNotesExport = { format: 'folio-notes', version: 1, exportedAt: now().toISOString(), ...data };
        return `${JSON.stringify(out, null, 2)}\n`;
      }
      case 'w3c':
        return `${JSON.stringify(toAnnotationCollection(live, pack ? `Folio pack ${pack}` : layer ? `Folio layer ${layer}` : 'Folio notes'), null, 2)}\n`;
      case 'md':
        return notesMarkdown(library, live);
      case 'html':
        return notesHtml(library, live);
    }
  }

  /** Places an imported note in the local library: its document by ID or by identity, then re-anchored. */
  function localise(context: AnchorContext, note: Note): Note {
    const present = context.flat(note.docId);
    const to = present ? note.docId : resolveIdentity(library, note.identity);
    if (!to) {
      return note.status === 'orphaned' && note.needsReview ? note : { ...note, status: 'orphaned', needsReview: true };
    }
    const current = context.flat(to);
    if (to === note.docId && current?.version === note.version) return note;
    return reanchorNote(context, note, to, now().toISOString());
  }

  function parse(text: string): { notes: Note[]; packs: Pack[]; layers: string[] } {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new KbError('INVALID_INPUT', 'The file is not JSON (expected a Folio or W3C Web Annotation export)');
    }
    const folio = FolioNotesExportSchema.safeParse(json);
    if (folio.success) return folio.data;
    const w3c = AnnotationCollectionSchema.safeParse(json);
    if (w3c.success) {
      const parsed = w3c.data.first.items.map((a) => NoteSchema.safeParse(fromWebAnnotation(a)));
      const bad = parsed.findIndex((p) => !p.success);
      if (bad >= 0) throw new KbError('INVALID_INPUT', `Annotation ${bad + 1} is not a note Folio can read`);
      return { notes: parsed.map((p) => p.data!), packs: [], layers: [] };
    }
    const issue = folio.error.issues[0];
    throw new KbError(
      'INVALID_INPUT',
      `Not a Folio notes export or W3C annotation collection${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`,
    );
  }

  /**
   * Merges an export: an unknown ID is added, a known one is updated when the incoming
   * copy was edited later, and otherwise left alone, so a second import changes nothing.
   */
  function importNotes(text: string): ImportNotesReport {
    const data = parse(text);
    const context = new AnchorContext(library);
    const report: ImportNotesReport = { added: 0, updated: 0, unchanged: 0, packs: 0, needsReview: 0 };
    const toWrite: Note[] = [];
    const known = new Map(notes.list({ includeDeleted: true }).map((n) => [n.id, n]));
    for (const incoming of data.notes) {
      const existing = known.get(incoming.id);
      if (existing && incoming.updatedAt <= existing.updatedAt) {
        report.unchanged++;
        continue;
      }
      const placed = localise(context, incoming);
      if (placed.needsReview) report.needsReview++;
      if (existing) report.updated++;
      else report.added++;
      toWrite.push(placed);
    }
    notes.save(toWrite);
    const knownPacks = packs.list();
    for (const incoming of data.packs) {
      const existing = knownPacks.find((p) => p.id === incoming.id);
      if (existing && incoming.updatedAt <= existing.updatedAt) continue;
      const clash = knownPacks.find((p) => p.name === incoming.name && p.id !== incoming.id);
      packs.write(clash ? { ...incoming, name: `${incoming.name} (${incoming.id.slice(0, 8)})` } : incoming);
      report.packs++;
    }
    return report;
  }

  return { exportNotes, importNotes };
}
