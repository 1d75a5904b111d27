import { randomUUID } from 'node:crypto';
import type { KbService } from '../../../electron/core/service';

/**
 * Adds `copies` copies of every note the library holds, through a notes import (one
 * transaction): enough notes that exporting them all is a long call.
 */
export async function multiplyNotes(service: KbService, copies: number): Promise<number> {
  const exported = JSON.parse((await service.api.exportNotes({ format: 'folio' })).text) as {
    notes: { id: string }[];
  };
  const notes = exported.notes.flatMap((note) => Array.from({ length: copies }, () => ({ ...note, id: randomUUID() })));
  const report = await service.api.importNotes({ text: JSON.stringify({ ...exported, notes, packs: [] }) });
  return report.added;
}
