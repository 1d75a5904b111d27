import type { Note } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import { NotesList } from './NotesList';
import { type NotesPanelState, showNotesPanel } from './panel-store';
import { ReviewQueue } from './ReviewQueue';
import { useReviewQueue } from './useNotesQueries';

interface NotesPanelProps {
  state: NotesPanelState;
  onClose: () => void;
  onOpenNote: (note: Note) => void;
  onEdit: (note: Note) => void;
  onReattach: (note: Note) => void;
  attempt: (action: () => Promise<unknown>, done?: string) => Promise<boolean>;
}

/** The notes dialog: all notes with filters, or the review queue. */
export function NotesPanel({ state, onClose, onOpenNote, onEdit, onReattach, attempt }: NotesPanelProps) {
  const t = useT();
  const waiting = useReviewQueue().data?.length ?? 0;
  return (
    <Dialog open={state.open} title={t('notes.panel.title')} onClose={onClose} className="notes-panel">
      <div className="notes-tabs">
        <button type="button" aria-pressed={state.tab === 'all'} onClick={() => showNotesPanel('all')}>
          {t('notes.panel.all')}
        </button>
        <button type="button" aria-pressed={state.tab === 'review'} onClick={() => showNotesPanel('review')}>
          {t('notes.panel.review', { count: waiting })}
        </button>
      </div>
      {state.tab === 'all' ? (
        <NotesList onOpenNote={onOpenNote} onEdit={onEdit} />
      ) : (
        <ReviewQueue onReattach={onReattach} attempt={attempt} />
      )}
    </Dialog>
  );
}
