import { type DragEvent, type KeyboardEvent, useState } from 'react';
import type { PackItem } from '../../../shared/notes-model';
import { useT } from '../i18n/useT';
import { moveTarget } from './reorder';
import type { Slide } from './slides';

interface PackItemRowProps {
  item: PackItem;
  slide: Slide | undefined;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onSave: (changes: { text?: string; quiz?: PackItem['quiz'] }) => void;
  onRemove: () => void;
  /** Drag and drop: the index being dragged, shared by the rows. */
  dragging: number | null;
  onDragStart: (index: number | null) => void;
}

/** One pack item: its passage, the trainer's note, its quiz card, and the ways to move it. */
export function PackItemRow(props: PackItemRowProps) {
  const { item, slide, index, count, onMove, onSave, onRemove, dragging, onDragStart } = props;
  const t = useT();
  const [note, setNote] = useState(item.text ?? '');
  const [question, setQuestion] = useState(item.quiz?.question ?? '');
  const [answer, setAnswer] = useState(item.quiz?.answer ?? '');
  const [over, setOver] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    // Alt+←/→ are history keys; Alt+↑/↓ stay with the list even at its ends.
    e.preventDefault();
    e.stopPropagation();
    const to = moveTarget(index, e.key === 'ArrowUp' ? 'up' : 'down', count);
    if (to !== null) onMove(index, to);
  };
  const onDrop = (e: DragEvent<HTMLLIElement>) => {
    e.preventDefault();
    setOver(false);
    if (dragging !== null && dragging !== index) onMove(dragging, index);
    onDragStart(null);
  };
  // The row's fields are what the user sees, so every save sends both (never a stale copy from props).
  const save = () => {
    const quiz = question.trim() && answer.trim() ? { question, answer } : undefined;
    const changed =
      note !== (item.text ?? '') || quiz?.question !== item.quiz?.question || quiz?.answer !== item.quiz?.answer;
    if (changed) onSave({ text: note, quiz });
  };
  const label = slide?.heading ?? (item.kind === 'text' ? t('packs.item.text') : '');

  return (
    <li
      className={`pack-item${over ? ' drop-target' : ''}`}
      data-item-id={item.id}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable item is what Alt+↑/↓ moves
      tabIndex={0}
      aria-label={`${index + 1}. ${label}`}
      draggable
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', item.id);
        onDragStart(index);
      }}
      onDragEnd={() => onDragStart(null)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <div className="pack-item-head">
        <span className="pack-item-number">{index + 1}</span>
        <span className="pack-item-title" lang={slide?.lang}>
          {label}
        </span>
        <span className="pack-item-tools">
          <button
            type="button"
            className="icon-button"
            aria-label={t('packs.item.moveUp')}
            title={t('packs.item.moveUp')}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('packs.item.moveDown')}
            title={t('packs.item.moveDown')}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </button>
          <button type="button" className="small-button" onClick={onRemove}>
            {t('packs.item.remove')}
          </button>
        </span>
      </div>
      {slide?.missing && <p className="pack-item-missing">{t('packs.item.missing')}</p>}
      {item.kind !== 'text' && slide && !slide.missing && (
        <p className="pack-item-body" lang={slide.lang}>
          {slide.body}
        </p>
      )}
      <label className="pack-field">
        <span>{item.kind === 'text' ? t('packs.item.text') : t('packs.item.noteLabel')}</span>
        <textarea
          value={note}
          rows={item.kind === 'text' ? 3 : 2}
          onChange={(e) => setNote(e.target.value)}
          onBlur={save}
        />
      </label>
      {item.kind !== 'text' && (
        <details className="pack-quiz" open={item.quiz !== undefined}>
          <summary>{item.quiz ? t('packs.quiz') : t('packs.quiz.make')}</summary>
          <label className="pack-field">
            <span>{t('packs.quiz.question')}</span>
            <input value={question} onChange={(e) => setQuestion(e.target.value)} onBlur={save} />
          </label>
          <label className="pack-field">
            <span>{t('packs.quiz.answer')}</span>
            <textarea value={answer} rows={3} onChange={(e) => setAnswer(e.target.value)} onBlur={save} />
          </label>
        </details>
      )}
    </li>
  );
}
