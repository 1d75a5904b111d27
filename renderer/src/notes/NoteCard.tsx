import type { ReactNode } from 'react';
import type { Note } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import { NoteText } from './NoteText';

/**
 * One note as listed: where it is, its status, the text it marks, its note and tags. `clause` is
 * the passage's label as written (第十二条, Art. 12, (IX)); without it the stored number is shown.
 */
export function NoteCard({
  note,
  clause,
  children,
}: {
  note: Note;
  clause?: string | undefined;
  children?: ReactNode;
}) {
  const t = useT();
  const where = [note.identity.title, clause ?? note.anchor?.number ?? note.previous?.number]
    .filter(Boolean)
    .join(' · ');
  const quote = note.quote?.exact ?? note.previous?.exact;
  return (
    <article className="note-card" aria-label={where}>
      <header className="note-card-head">
        <span className={`note-kind${note.colour ? ` hl-${note.colour}` : ''}`}>
          {note.kind === 'highlight' && note.colour
            ? `${t('notes.kind.highlight')} · ${t(`notes.colour.${note.colour}`)}`
            : t(`notes.kind.${note.kind}`)}
        </span>
        <span className="note-where" lang={note.identity.lang}>
          {where}
        </span>
        <span className={`note-status status-${note.status}`}>{t(`notes.status.${note.status}`)}</span>
      </header>
      {quote && (
        <blockquote className="note-card-quote" lang={note.identity.lang}>
          {quote}
        </blockquote>
      )}
      {note.note && <NoteText text={note.note} format={note.noteFormat} />}
      {note.tags.length > 0 && (
        <ul className="note-tags" aria-label={t('notes.filter.tag')}>
          {note.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {children && <div className="note-card-actions">{children}</div>}
    </article>
  );
}
