import { useT } from '../i18n/useT';
import { showNotesPanel } from './panel-store';
import { useReviewQueue } from './useNotesQueries';

/** The top bar's way into the notes panel; says how many notes wait for review. */
export function NotesButton() {
  const t = useT();
  const waiting = useReviewQueue().data?.length ?? 0;
  return (
    <button type="button" onClick={() => showNotesPanel(waiting > 0 ? 'review' : 'all')}>
      {waiting > 0 ? t('notes.panel.openWithReview', { count: waiting }) : t('notes.panel.open')}
    </button>
  );
}
