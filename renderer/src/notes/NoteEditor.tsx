import { useId, useState } from 'react';
import type { HighlightColour, Note } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import { Dialog } from '../ui/Dialog';
import { ColourPicker } from './ColourPicker';
import { NoteText } from './NoteText';
import { defaultColour } from './passage-highlights';
import type { SelectionAnchor } from './selection-anchor';
import { parseTags } from './tags';

/** What the editor works on: a new highlight over a selection, or an existing note. */
export type EditTarget =
  | { kind: 'new'; anchor: SelectionAnchor; colour: HighlightColour }
  | { kind: 'edit'; note: Note };

export interface NoteDraft {
  colour: HighlightColour;
  note: string;
  noteFormat: 'plain' | 'markdown';
  tags: string[];
}

interface NoteEditorProps {
  target: EditTarget | null;
  onSave: (draft: NoteDraft) => void;
  onDelete: (note: Note) => void;
  onClose: () => void;
}

/** A dialog for a highlight's colour, note (plain or Markdown, previewed safely) and tags. */
export function NoteEditor({ target, onSave, onDelete, onClose }: NoteEditorProps) {
  const t = useT();
  return (
    <Dialog
      open={target !== null}
      title={target?.kind === 'edit' ? t('notes.editor.titleEdit') : t('notes.editor.titleNew')}
      onClose={onClose}
      className="note-editor"
    >
      {target && (
        <EditorForm
          key={target.kind === 'edit' ? target.note.id : `${target.anchor.passageId}:${target.anchor.start}`}
          target={target}
          onSave={onSave}
          onDelete={onDelete}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

function EditorForm({ target, onSave, onDelete, onClose }: NoteEditorProps & { target: EditTarget }) {
  const t = useT();
  const ids = useId();
  const existing = target.kind === 'edit' ? target.note : null;
  const [colour, setColour] = useState<HighlightColour>(
    existing ? (existing.colour ?? defaultColour) : target.kind === 'new' ? target.colour : defaultColour,
  );
  const [text, setText] = useState(existing?.note ?? '');
  const [format, setFormat] = useState<'plain' | 'markdown'>(existing?.noteFormat ?? 'plain');
  const [tags, setTags] = useState((existing?.tags ?? []).join(', '));
  const quote = existing ? existing.quote?.exact : target.kind === 'new' ? target.anchor.exact : undefined;
  const isHighlight = !existing || existing.kind === 'highlight';
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ colour, note: text, noteFormat: format, tags: parseTags(tags) });
      }}
    >
      {quote && (
        <figure className="note-quote">
          <figcaption>{t('notes.editor.quote')}</figcaption>
          <blockquote lang={existing?.identity.lang}>{quote}</blockquote>
        </figure>
      )}
      {isHighlight && <ColourPicker value={colour} onChange={setColour} legend={t('notes.editor.colour')} />}
      <label htmlFor={`${ids}-note`}>{t('notes.editor.note')}</label>
      <textarea id={`${ids}-note`} data-autofocus rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${ids}-format`}>{t('notes.editor.format')}</label>
      <select
        id={`${ids}-format`}
        value={format}
        onChange={(e) => setFormat(e.target.value === 'markdown' ? 'markdown' : 'plain')}
      >
        <option value="plain">{t('notes.format.plain')}</option>
        <option value="markdown">{t('notes.format.markdown')}</option>
      </select>
      {format === 'markdown' && text.trim() !== '' && (
        <section className="note-preview" aria-label={t('notes.editor.preview')}>
          <NoteText text={text} format="markdown" />
        </section>
      )}
      <label htmlFor={`${ids}-tags`}>{t('notes.editor.tags')}</label>
      <input id={`${ids}-tags`} type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
      <div className="note-form-actions">
        {existing && (
          <button type="button" className="danger" onClick={() => onDelete(existing)}>
            {t('notes.editor.delete')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('notes.editor.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('notes.editor.save')}
        </button>
      </div>
    </form>
  );
}
