import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/model';
import { HitRow } from './HitRow';

export const hitsListId = 'search-hits';
export const hitOptionId = (index: number) => `search-hit-${index}`;

interface HitListProps {
  hits: readonly SearchHit[];
  active: number;
  onActiveChange: (index: number) => void;
  onOpen: (index: number) => void;
  langOf: (docId: string) => string;
  /** Keys the list handles the same way whether it or the search box has focus. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The hits as a virtualised listbox: only the rows in view are in the DOM, so thousands
 * of hits scroll smoothly; the active row is kept in view and named by aria-activedescendant.
 */
export function HitList({ hits, active, onActiveChange, onOpen, langOf, onKeyDown }: HitListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: 6,
  });

  useEffect(() => {
    if (active >= 0 && active < hits.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, hits.length, virtualizer]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new hit list starts at the top
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [hits]);

  return (
    <div
      ref={scrollRef}
      id={hitsListId}
      className="hit-list"
      role="listbox"
      aria-label="Search results"
      tabIndex={0}
      aria-activedescendant={active >= 0 && active < hits.length ? hitOptionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="hit-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const hit = hits[row.index];
          if (!hit) return null;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the listbox (aria-activedescendant)
            <div
              key={row.key}
              id={hitOptionId(row.index)}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-doc-id={hit.docId}
              data-passage-id={hit.passageId}
              role="option"
              tabIndex={-1}
              aria-selected={row.index === active}
              aria-setsize={hits.length}
              aria-posinset={row.index + 1}
              className={row.index === active ? 'hit active' : 'hit'}
              style={{ transform: `translateY(${row.start}px)` }}
              onClick={() => {
                onActiveChange(row.index);
                onOpen(row.index);
              }}
            >
              <HitRow hit={hit} lang={langOf(hit.docId)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
