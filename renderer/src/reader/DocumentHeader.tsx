import type { DocumentDetail } from '../../../shared/model';
import { relationLabel } from '../text/labels';

interface DocumentHeaderProps {
  doc: DocumentDetail;
  onOpenDoc: (docId: string) => void;
}

/** Title, number, status and the document's relations to others. */
export function DocumentHeader({ doc, onOpenDoc }: DocumentHeaderProps) {
  const meta = [
    doc.issuers && doc.issuers.length > 0 ? doc.issuers.join(', ') : null,
    doc.issuedDate ? `Issued ${doc.issuedDate}` : null,
    doc.effectiveDate ? `Effective ${doc.effectiveDate}` : null,
  ].filter((x): x is string => x !== null);
  return (
    <header className="doc-header">
      <h2 id="reader-title">{doc.title}</h2>
      <div className="doc-meta">
        {doc.docNumber && <span className="doc-number">{doc.docNumber}</span>}
        {doc.status === 'repealed' && <span className="badge repealed">Repealed</span>}
        {doc.status === 'in-force' && <span className="badge in-force">In force</span>}
        <span className="badge lang">{doc.lang}</span>
        {meta.map((m) => (
          <span key={m}>{m}</span>
        ))}
      </div>
      {doc.relations.length > 0 && (
        <ul className="relations" aria-label="Related documents">
          {doc.relations.map((rel) => (
            <li key={`${rel.type}:${rel.target}`}>
              {relationLabel(rel.type)}{' '}
              {rel.targetDocId ? (
                <button type="button" className="link-button" onClick={() => onOpenDoc(rel.targetDocId as string)}>
                  {rel.target}
                </button>
              ) : (
                <span className="relation-target">{rel.target}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
