import { memo, useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import type { TocEntry } from './rows';

interface TocProps {
  entries: readonly TocEntry[];
  /** Index into `entries` of the part on screen; -1 before the first. */
  current: number;
  onJump: (entry: TocEntry) => void;
  lang: string;
}

/** The table of contents: follows the scroll (the part on screen is marked) and jumps on click or Enter. */
export const Toc = memo(function Toc({ entries, current, onJump, lang }: TocProps) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (current < 0) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-toc-index="${current}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <nav className="toc" aria-label={t('reader.toc')}>
      <h3 className="toc-title">{t('reader.toc')}</h3>
      <ol ref={listRef} lang={lang}>
        {entries.map((entry, i) => (
          <li key={entry.key} data-toc-index={i} className={`toc-${entry.kind} depth-${Math.min(entry.depth, 3)}`}>
            <button
              type="button"
              className="toc-link"
              aria-current={i === current ? 'location' : undefined}
              onClick={() => onJump(entry)}
            >
              {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
