import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  type ReactNode,
  type RefObject,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { DocumentRow } from './rows';
import { useGrowingWindow } from './useGrowingWindow';
import { usePrinting } from './usePrinting';

/**
 * Documents with more rows than this are virtualised (only the rows on screen are in the
 * page); shorter ones are rendered whole, so the browser's own find and selection see all.
 */
export const virtualiseFrom = 400;
/** A first guess at a row's height before it is measured (an average article). */
const estimatedRowHeight = 110;
/** A row whose bottom is within this many pixels of the top counts as scrolled past (scroll padding). */
const topSlack = 16;
/** Rows rendered beyond the visible ones, so a fast scroll does not show blanks. */
const overscanRows = 8;
export interface DocumentRowsHandle {
  /** Brings a row to the top of the view, then calls `then` once it is on the page. */
  scrollToRow(index: number, then?: () => void): void;
  /** The first row at or below the top of the view. */
  topRow(): number;
}

interface DocumentRowsProps {
  rows: readonly DocumentRow[];
  scrollRef: RefObject<HTMLDivElement | null>;
  renderRow: (row: DocumentRow, index: number) => ReactNode;
  /** The row the document opens at (the asked passage, or the last place); 0 = the top. */
  openAt?: number;
}

const rowDomId = (index: number) => `doc-row-${index}`;

/**
 * The rows of a document, virtualised when it is long. While printing, every row is in the
 * page (a virtualised document would otherwise print only the rows on screen).
 */
export const DocumentRows = forwardRef<DocumentRowsHandle, DocumentRowsProps>(function DocumentRows(
  { rows, scrollRef, renderRow, openAt = 0 },
  ref,
) {
  const virtual = rows.length >= virtualiseFrom;
  const printing = usePrinting();
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts inside the scrolling area (the document's padding above it).
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    setListTop(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
  }, [scrollRef]);
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    overscan: overscanRows,
    scrollMargin: listTop,
    // The first render already holds the rows where the document opens, not the top ones.
    initialOffset: () => openAt * estimatedRowHeight,
  });

  // A whole-rendered document: a first window where it opens, growing after each paint to all rows.
  const growing = useGrowingWindow(rows, rows.length, openAt, virtual);
  const shown = virtual || printing ? { start: 0, end: rows.length } : growing;

  const topRowPlain = useCallback(() => {
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list) return 0;
    const top = scroller.getBoundingClientRect().top;
    const children = list.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HTMLElement;
      if (child.getBoundingClientRect().bottom > top + topSlack) return Number(child.dataset.index ?? i);
    }
    return Math.max(0, rows.length - 1);
  }, [scrollRef, rows.length]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToRow(index, then) {
        if (!virtual) {
          document.getElementById(rowDomId(index))?.scrollIntoView({ block: 'start' });
          then?.();
          return;
        }
        virtualizer.scrollToIndex(index, { align: 'start' });
        // Rows are measured as they render: settle on the next frames, then hand over.
        requestAnimationFrame(() => {
          virtualizer.scrollToIndex(index, { align: 'start' });
          requestAnimationFrame(() => then?.());
        });
      },
      topRow() {
        if (!virtual) return topRowPlain();
        const offset = scrollRef.current?.scrollTop ?? 0;
        const item = virtualizer.getVirtualItems().find((v) => v.end > offset + topSlack);
        return item?.index ?? 0;
      },
    }),
    [virtual, virtualizer, scrollRef, topRowPlain],
  );

  if (virtual && printing) {
    // Every row, in flow, under the same keys (the index) as the virtual rows: the rows on screen
    // keep their elements (and the classes print-selection put on them).
    return (
      <div ref={listRef} className="rows virtual printing">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the virtual rows' keys are their indexes; the same keys keep their elements
          <div key={index} id={rowDomId(index)} data-index={index} className="row">
            {renderRow(row, index)}
          </div>
        ))}
      </div>
    );
  }

  return virtual ? (
    <div ref={listRef} className="rows virtual" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          id={rowDomId(item.index)}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="row"
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
          }}
        >
          {renderRow(rows[item.index] as DocumentRow, item.index)}
        </div>
      ))}
    </div>
  ) : (
    <div ref={listRef} className="rows">
      {rows.slice(shown.start, shown.end).map((row, i) => (
        <div key={row.key} id={rowDomId(shown.start + i)} data-index={shown.start + i} className="row">
          {renderRow(row, shown.start + i)}
        </div>
      ))}
    </div>
  );
});
