import type { DocumentDetail, VersionEntry } from '../../../shared/model';
import { useT } from '../i18n/useT';

interface DocumentHeaderProps {
  doc: DocumentDetail;
  onOpenDoc: (docId: string) => void;
  /** Opens a stored version of this document (by ref) or another version's document. */
  onOpenVersion: (entry: VersionEntry) => void;
  onCompare: () => void;
}

/** Title, number, status, version, the other versions and the document's relations to others. */
export function DocumentHeader({ doc, onOpenDoc, onOpenVersion, onCompare }: DocumentHeaderProps) {
  const t = useT();
  const meta = [
    doc.issuers && doc.issuers.length > 0 ? doc.issuers.join(', ') : null,
    doc.issuedDate ? t('reader.issued', { date: doc.issuedDate }) : null,
    doc.effectiveDate ? t('reader.effective', { date: doc.effectiveDate }) : null,
  ].filter((x): x is string => x !== null);
  const versions = doc.versions ?? [];
  return (
    <header className="doc-header">
      <h2 id="reader-title" lang={doc.lang}>
        {doc.title}
      </h2>
      <div className="doc-meta">
        {doc.docNumber && (
          <span className="doc-number" lang={doc.lang}>
            {doc.docNumber}
          </span>
        )}
        {doc.status && <span className={`badge ${doc.status}`}>{t(`reader.status.${doc.status}`)}</span>}
        <span className="badge lang">{t(`reader.lang.${doc.lang}`, { defaultValue: doc.lang })}</span>
        <span className="doc-version">{t('reader.version', { version: doc.version })}</span>
        {meta.map((m) => (
          <span key={m}>{m}</span>
        ))}
      </div>
      {versions.length > 1 && (
        <nav className="versions" aria-label={t('reader.versions')}>
          <span className="versions-label">{t('reader.versions')}:</span>
          <ul>
            {versions.map((v) => (
              <li key={v.ref}>
                {v.current ? (
                  <span aria-current="page">
                    {versionName(v, t)} {t('reader.thisVersion')}
                  </span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpenVersion(v)}>
                    {versionName(v, t)}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="compare-button" onClick={onCompare}>
            {t('reader.compare')}
          </button>
        </nav>
      )}
      {doc.relations.length > 0 && (
        <ul className="relations" aria-label={t('reader.relations')}>
          {doc.relations.map((rel) => (
            <li key={`${rel.type}:${rel.target}`}>
              {t(`reader.relation.${rel.type}`)}{' '}
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

export function versionName(v: VersionEntry, t: ReturnType<typeof useT>): string {
  return v.date ? t('reader.versionOf', { date: v.date }) : t('reader.versionNumber', { version: v.version });
}
