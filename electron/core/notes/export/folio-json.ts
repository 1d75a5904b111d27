import { z } from 'zod';
import { NoteSchema, PackSchema } from '../../../../shared/notes-model';

/** Folio's own export: everything, layers and packs included. */
export const FolioNotesExportSchema = z.object({
  format: z.literal('folio-notes'),
  version: z.literal(1),
  exportedAt: z.string(),
  layers: z.array(z.string()),
  notes: z.array(NoteSchema),
  packs: z.array(PackSchema),
});
export type FolioNotesExport = z.infer<typeof FolioNotesExportSchema>;
