import type { Migration } from '../../db/migration';

/**
 * Everything a document's marks are drawn from, in one index over the live notes: the reader's
 * marks query reads only this index (a note's row, with its quote and context, is several times
 * larger), so 10,000 highlights are one short scan. `note IS NOT NULL` is kept, not the note.
 */
export const marksIndex: Migration = {
  version: 30,
  name: 'marks index',
  sql: `
    CREATE INDEX notes_marks ON notes(
      doc_id, version, passage_id, end_passage_id, start, "end", kind, colour, status, id, (note IS NOT NULL)
    ) WHERE deleted_at IS NULL;
  `,
};
