import type { DocumentDetail } from '../../../shared/model';
import { useT } from '../i18n/useT';

interface StatusBannerProps {
  doc: DocumentDetail;
  onOpenDoc: (docId: string) => void;
}

/** Across the top of a repealed or superseded document: what replaced it, with a link. */
export function StatusBanner({ doc, onOpenDoc }: StatusBannerProps) {
  const t = useT();
  if (doc.status !== 'repealed' && doc.status !== 'superseded') return null;
  const by = doc.relations.filter((r) => r.type === (doc.status === 'repealed' ? 'repealed-by' : 'superseded-by'));
  return (
    <div className={`status-banner ${doc.status}`} role="note">
      <strong>{t(`reader.banner.${doc.status}`)}</strong>{' '}
      {by.length === 0 ? (
        t('reader.banner.unknown')
      ) : (
        <>
          {t('reader.banner.replacedBy')}{' '}
          {by.map((r, i) => (
            <span key={`${r.type}:${r.target}`}>
              {i > 0 && ', '}
              {r.targetDocId ? (
                <button type="button" className="link-button" onClick={() => onOpenDoc(r.targetDocId as string)}>
                  {r.target}
                </button>
              ) : (
                r.target
              )}
            </span>
          ))}
        </>
      )}
    </div>
  );
}
