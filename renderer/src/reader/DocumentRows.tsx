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
}

const rowDomId = (index: number) => `doc-row-${index}`;

/** The rows of a document, virtualised when it is long. */
export const DocumentRows = forwardRef<DocumentRowsHandle, DocumentRowsProps>(function DocumentRows(
  { rows, scrollRef, renderRow },
  ref,
) {
  const virtual = rows.length >= virtualiseFrom;
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
  });

  const topRowPlain = useCallback(() => {
    const scroller = scrollRef.current;
    const list = listRef.current;
    if (!scroller || !list) return 0;
    const top = scroller.getBoundingClientRect().top;
    const children = list.children;
    for (let i = 0; i < children.length; i++) {
      if ((children[i] as HTMLElement).getBoundingClientRect().bottom > top + topSlack) return i;
    }
    return Math.max(0, children.length - 1);
  }, [scrollRef]);

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

  return (
    <>
      {virtual ? (
        <div
          ref={listRef}
          className="rows virtual"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
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
          {rows.map((row, index) => (
            <div key={row.key} id={rowDomId(index)} className="row">
              {renderRow(row, index)}
            </div>
          ))}
        </div>
      )}
    </>
  );
});
