import type { DocumentSummary } from '../../../shared/model';
import { DocItem } from './DocItem';

/**
 * Documents per chunk of a long library list. Each chunk is skipped by style, layout and paint
 * while off screen (content-visibility: auto); the browser watches every such element each frame,
 * so one per item (1,600 in the shared corpus) cost more in those checks than it saved.
 */
const docChunkSize = 50;
/** A first guess at an item's height, for a chunk not yet drawn (its real height is remembered after). */
const estimatedItemPx = 56;

interface DocListProps {
  docs: readonly DocumentSummary[];
  selectedId: string | null;
  onOpen: (docId: string) => void;
}

/**
 * The library's documents: one list, or for a long library consecutive lists of `docChunkSize`
 * in one scrolling box, each skipped while off screen; every item stays in the page (Tab, find
 * and the browser's search see them all).
 */
export function DocList({ docs, selectedId, onOpen }: DocListProps) {
  const items = (chunk: readonly DocumentSummary[]) =>
    chunk.map((doc) => <DocItem key={doc.id} doc={doc} selected={doc.id === selectedId} onOpen={onOpen} />);
  if (docs.length <= docChunkSize) return <ul className="doc-list">{items(docs)}</ul>;
  const chunks: DocumentSummary[][] = [];
  for (let i = 0; i < docs.length; i += docChunkSize) chunks.push(docs.slice(i, i + docChunkSize));
  return (
    <div className="doc-list chunked">
      {chunks.map((chunk) => (
        <ul
          key={chunk[0]?.id}
          className="doc-chunk"
          style={{ containIntrinsicSize: `auto ${chunk.length * estimatedItemPx}px` }}
        >
          {items(chunk)}
        </ul>
      ))}
    </div>
  );
}
