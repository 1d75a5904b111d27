import './library.css';
import type { DocumentSummary } from '../../../shared/model';

interface LibraryPaneProps {
  docs: DocumentSummary[] | null;
  error: string | null;
  selectedId: string | null;
  onOpen: (docId: string) => void;
}

/** Every document with its passage count, number and status. */
export function LibraryPane({ docs, error, selectedId, onOpen }: LibraryPaneProps) {
  return (
    <nav className="pane library-pane" aria-label="Library">
      <h2 className="pane-title">Library{docs && <span className="pane-count">{docs.length}</span>}</h2>
      {error && (
        <p className="error" role="alert">
          Could not load the library — {error}
        </p>
      )}
      {!docs && !error && <p className="empty">Loading…</p>}
      {docs && docs.length === 0 && <p className="empty">No documents yet. Use Import to add some.</p>}
      {docs && docs.length > 0 && (
        <ul className="doc-list">
          {docs.map((doc) => (
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
                  {doc.status === 'repealed' && <span className="badge repealed">Repealed</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
