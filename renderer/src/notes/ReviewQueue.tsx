import { useMemo, useState } from 'react';
import type { Note } from '../../../shared/notes-model';
import { useApi } from '../api/ApiContext';
import { describeError } from '../api/errors';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n/useT';
import { Marked } from '../text/Marked';
import { type DocumentClauses, noteClause } from './clause-labels';
import { type Excerpt, excerptAround } from './excerpt';
import { NoteCard } from './NoteCard';
import { useDocumentClauses } from './useDocumentClauses';
import { notesInvalidated, useReviewQueue } from './useNotesQueries';

interface ReviewQueueProps {
  onReattach: (note: Note) => void;
  attempt: (action: () => Promise<unknown>, done?: string) => Promise<boolean>;
}

/** Moved, changed and orphaned notes, each with its old and new wording; nothing goes without the user's word. */
export function ReviewQueue({ onReattach, attempt }: ReviewQueueProps) {
  const t = useT();
  const queue = useReviewQueue();
  const clauses = useDocumentClauses(useMemo(() => (queue.data ?? []).map((n) => n.docId), [queue.data]));
  if (queue.error !== undefined)
    return (
      <p className="error" role="alert">
        {describeError(queue.error)}
      </p>
    );
  const notes = queue.data ?? [];
  if (queue.data && notes.length === 0) return <p className="empty">{t('notes.review.empty')}</p>;
  return (
    <ul className="notes-items review-queue">
      {notes.map((note) => (
        <li key={note.id}>
          <ReviewItem note={note} clauses={clauses.get(note.docId)} onReattach={onReattach} attempt={attempt} />
        </li>
      ))}
    </ul>
  );
}

function Excerpted({ text, ranges, lang }: Excerpt & { lang: string | undefined }) {
  return (
    <p lang={lang}>
      <Marked text={text} ranges={ranges} />
    </p>
  );
}

function ReviewItem({
  note,
  clauses,
  onReattach,
  attempt,
}: { note: Note; clauses: DocumentClauses | undefined } & ReviewQueueProps) {
  const t = useT();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const review = useQuery(`review:${note.id}:${note.updatedAt}`, () => api.noteReview({ id: note.id }), {
    invalidatedBy: notesInvalidated,
  }).data;
  const before = review?.before;
  const after = review?.after;
  const lang = note.identity.lang;
  return (
    <NoteCard note={note} clause={noteClause(note, clauses)}>
      <div className="review-sides">
        <section className="review-side">
          <h4>{t('notes.review.oldWording')}</h4>
          {before ? (
            <Excerpted lang={lang} {...excerptAround(before.text, note.previous?.start, note.previous?.end)} />
          ) : (
            <p lang={lang}>{note.previous?.exact ?? note.quote?.exact}</p>
          )}
        </section>
        <section className="review-side">
          <h4>{t('notes.review.newWording')}</h4>
          {note.status !== 'orphaned' && after ? (
            <Excerpted
              lang={lang}
              {...excerptAround(
                after.text,
                note.anchor?.start,
                note.anchor?.passageId === note.anchor?.endPassageId ? note.anchor?.end : after.text.length,
              )}
            />
          ) : (
            <p className="review-gone">{t('notes.review.gone')}</p>
          )}
        </section>
      </div>
      {confirming ? (
        <div className="review-confirm">
          <span>{t('notes.review.discardConfirm')}</span>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('notes.review.keep')}
          </button>
          <button type="button" className="danger" onClick={() => void attempt(() => api.discardNote({ id: note.id }))}>
            {t('notes.review.discardYes')}
          </button>
        </div>
      ) : (
        <>
          {note.status !== 'orphaned' && (
            <button type="button" onClick={() => void attempt(() => api.acceptNoteAnchor({ id: note.id }))}>
              {t('notes.review.accept')}
            </button>
          )}
          <button type="button" onClick={() => onReattach(note)}>
            {t('notes.review.reattach')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('notes.review.discard')}
          </button>
        </>
      )}
    </NoteCard>
  );
}
