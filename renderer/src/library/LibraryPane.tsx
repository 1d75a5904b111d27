import { NotInForceBadge } from '../reader/NotInForceBadge';
import './library.css';
import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { filterDocuments, filterFrom } from './filter-docs';

interface LibraryPaneProps {
  docs: DocumentSummary[] | null;
  error: string | null;
  selectedId: string | null;
  onOpen: (docId: string) => void;
}

/** Every document with its passage count, number and status. */
export function LibraryPane({ docs, error, selectedId, onOpen }: LibraryPaneProps) {
  const [filter, setFilter] = useState('');
  const showFilter = (docs?.length ?? 0) >= filterFrom;
  const shown = useMemo(() => (docs && showFilter ? filterDocuments(docs, filter) : docs), [docs, filter, showFilter]);
  const count = docs && shown && shown.length !== docs.length ? `${shown.length} of ${docs.length}` : docs?.length;
  return (
    <nav className="pane library-pane" aria-label="Library">
      <h2 className="pane-title">Library{docs && <span className="pane-count">{count}</span>}</h2>
      {showFilter && (
        <input
          type="search"
          className="library-filter"
          placeholder="Filter by title or number"
          aria-label="Filter documents by title or number"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setFilter('');
          }}
        />
      )}
      {error && (
        <p className="error" role="alert">
          Could not load the library — {error}
        </p>
      )}
      {!docs && !error && <p className="empty">Loading…</p>}
      {docs && docs.length === 0 && <p className="empty">No documents yet. Use Import to add some.</p>}
      {shown && docs && docs.length > 0 && shown.length === 0 && (
        <p className="empty">No document matches the filter.</p>
      )}
      {shown && shown.length > 0 && (
        <ul className="doc-list">
          {shown.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                className="doc-item"
                aria-current={doc.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(doc.id)}
              >
                <span className="doc-item-title" lang={doc.lang}>
                  {doc.title}
                </span>
                <span className="doc-item-meta">
                  {doc.docNumber && <span className="doc-number">{doc.docNumber}</span>}
                  <span className="passage-count">
                    {doc.passages} {doc.passages === 1 ? 'passage' : 'passages'}
                  </span>
                  <NotInForceBadge status={doc.status} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
