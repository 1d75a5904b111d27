import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { SearchHit } from '../../../shared/model';
import { useT } from '../i18n/useT';
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
  /** Called when the rows in view come near the end of the list (to fetch the next page). */
  onNearEnd?: () => void;
  /** Called when a hit is pressed, before the click (to start fetching its document). */
  onPress?: (index: number) => void;
  /** A new value (a new query) scrolls the list back to the top; a longer page of the same query does not. */
  resetKey: string;
}

/** How many rows before the end the next page is asked for (counting the rows in view, not the overscan). */
const nearEndRows = 5;
/** Rows rendered beyond those in view: few, so the first screen of a new query paints soon. */
const overscanRows = 3;

/**
 * The hits as a virtualised listbox: only the rows in view are in the DOM, so thousands
 * of hits scroll smoothly; the active row is kept in view and named by aria-activedescendant.
 */
export function HitList({
  hits,
  active,
  onActiveChange,
  onOpen,
  langOf,
  onKeyDown,
  onNearEnd,
  onPress,
  resetKey,
}: HitListProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: overscanRows,
  });

  useEffect(() => {
    if (active >= 0 && active < hits.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, hits.length, virtualizer]);

  const lastInView = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    if (onNearEnd && hits.length > 0 && lastInView >= hits.length - nearEndRows) onNearEnd();
  }, [lastInView, hits.length, onNearEnd]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new query's list starts at the top
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div
      ref={scrollRef}
      id={hitsListId}
      data-query={resetKey}
      className="hit-list"
      role="listbox"
      aria-label={t('search.results')}
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
              onPointerDown={onPress ? () => onPress(row.index) : undefined}
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
