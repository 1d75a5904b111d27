import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

interface FindBarProps {
  value: string;
  onChange: (value: string) => void;
  total: number;
  /** 0-based; -1 when there is nothing to show. */
  active: number;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
  /** Focuses (and selects) the input on mount and whenever this changes. */
  focusRequest: number;
}

/** Find in the open document: "3 of 12", Enter / Shift+Enter to move, Escape to close. */
export function FindBar({ value, onChange, total, active, onNext, onPrevious, onClose, focusRequest }: FindBarProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void focusRequest;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);
  const t = useT();
  const [composing, setComposing] = useState(false);
  const status =
    value.trim() === ''
      ? ''
      : total === 0
        ? t('reader.find.none')
        : t('reader.find.position', { n: active + 1, total });
  return (
    <search className="find-bar" aria-label={t('reader.find.label')}>
      <label htmlFor="find-input" className="visually-hidden">
        {t('reader.find.label')}
      </label>
      <input
        ref={inputRef}
        id="find-input"
        type="text"
        placeholder={t('reader.find.label')}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={() => setComposing(false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !composing) {
            e.preventDefault();
            if (e.shiftKey) onPrevious();
            else onNext();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <output className="find-count" aria-live="polite">
        {status}
      </output>
      <button
        type="button"
        className="icon-button"
        aria-label={t('reader.find.previous')}
        onClick={onPrevious}
        disabled={total === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('reader.find.next')}
        onClick={onNext}
        disabled={total === 0}
      >
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={t('reader.find.close')} onClick={onClose}>
        ×
      </button>
    </search>
  );
}
