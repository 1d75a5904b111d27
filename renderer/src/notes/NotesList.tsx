import { useId, useMemo, useState } from 'react';
import {
  type AnchorStatus,
  anchorStatuses,
  type HighlightColour,
  highlightColours,
  type Note,
} from '../../../shared/notes-model';
import { describeError } from '../api/errors';
import { useT } from '../i18n/useT';
import { useLibrary } from '../library/useLibrary';
import { noteClause } from './clause-labels';
import { NoteCard } from './NoteCard';
import { useDocumentClauses } from './useDocumentClauses';
import { useNotesList, useNoteTags } from './useNotesQueries';

/**
 * Clause labels are read from each listed document (one getDocument each); a list spanning more
 * documents than this shows the stored numbers instead of reading them all to open the panel.
 */
const labelledDocumentsMax = 20;

interface NotesListProps {
  onOpenNote: (note: Note) => void;
  onEdit: (note: Note) => void;
}

/** All notes, filtered by document, tag, colour and status, newest or oldest first. */
export function NotesList({ onOpenNote, onEdit }: NotesListProps) {
  const t = useT();
  const ids = useId();
  const [docId, setDocId] = useState('');
  const [tag, setTag] = useState('');
  const [colour, setColour] = useState<HighlightColour | ''>('');
  const [status, setStatus] = useState<AnchorStatus | ''>('');
  const [newestFirst, setNewestFirst] = useState(true);
  const docs = useLibrary().docs ?? [];
  const tags = useNoteTags().data ?? [];
  const list = useNotesList({
    ...(docId ? { docId } : {}),
    ...(tag ? { tag } : {}),
    ...(colour ? { colour } : {}),
  });
  const shown = useMemo(() => {
    const notes = (list.data ?? []).filter((n) => status === '' || n.status === status);
    return notes.sort((a, b) => (newestFirst ? -1 : 1) * a.createdAt.localeCompare(b.createdAt));
  }, [list.data, status, newestFirst]);
  const listedDocs = useMemo(() => {
    const ids = [...new Set(shown.map((n) => n.docId))];
    return ids.length <= labelledDocumentsMax ? ids : [];
  }, [shown]);
  const clauses = useDocumentClauses(listedDocs);
  return (
    <div className="notes-list">
      <div className="notes-filters">
        <label htmlFor={`${ids}-doc`}>{t('notes.filter.doc')}</label>
        <select id={`${ids}-doc`} value={docId} onChange={(e) => setDocId(e.target.value)}>
          <option value="">{t('notes.filter.any')}</option>
          {docs.map((d) => (
            <option key={d.id} value={d.id} lang={d.lang}>
              {d.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-tag`}>{t('notes.filter.tag')}</label>
        <select id={`${ids}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('notes.filter.any')}</option>
          {tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-colour`}>{t('notes.filter.colour')}</label>
        <select
          id={`${ids}-colour`}
          value={colour}
          onChange={(e) => setColour(highlightColours.find((c) => c === e.target.value) ?? '')}
        >
          <option value="">{t('notes.filter.any')}</option>
          {highlightColours.map((c) => (
            <option key={c} value={c}>
              {t(`notes.colour.${c}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-status`}>{t('notes.filter.status')}</label>
        <select
          id={`${ids}-status`}
          value={status}
          onChange={(e) => setStatus(anchorStatuses.find((s) => s === e.target.value) ?? '')}
        >
          <option value="">{t('notes.filter.any')}</option>
          {anchorStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`notes.status.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-sort`}>{t('notes.sort')}</label>
        <select
          id={`${ids}-sort`}
          value={newestFirst ? 'new' : 'old'}
          onChange={(e) => setNewestFirst(e.target.value === 'new')}
        >
          <option value="new">{t('notes.sort.newest')}</option>
          <option value="old">{t('notes.sort.oldest')}</option>
        </select>
      </div>
      {list.error !== undefined && (
        <p className="error" role="alert">
          {describeError(list.error)}
        </p>
      )}
      <p className="notes-count" aria-live="polite">
        {t('notes.list.shown', { count: shown.length })}
      </p>
      {shown.length === 0 && list.data && <p className="empty">{t('notes.list.empty')}</p>}
      <ul className="notes-items">
        {shown.map((note) => (
          <li key={note.id}>
            <NoteCard note={note} clause={noteClause(note, clauses.get(note.docId))}>
              <button type="button" onClick={() => onOpenNote(note)}>
                {t('notes.item.open')}
              </button>
              <button type="button" onClick={() => onEdit(note)}>
                {t('notes.item.edit')}
              </button>
            </NoteCard>
          </li>
        ))}
      </ul>
    </div>
  );
}
