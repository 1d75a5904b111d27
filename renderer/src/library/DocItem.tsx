import { memo } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { hrefTo } from '../nav/route';
import { NotInForceBadge } from '../reader/NotInForceBadge';

interface DocItemProps {
  doc: DocumentSummary;
  selected: boolean;
  onOpen: (docId: string) => void;
}

/**
 * One document of the library list. Memoised: opening a document changes `selected` on two
 * items only, so the other (hundreds of) items are not rendered again.
 */
export const DocItem = memo(function DocItem({ doc, selected, onOpen }: DocItemProps) {
  const t = useT();
  return (
    <li>
      <a
        href={hrefTo(doc.id)}
        className="doc-item"
        aria-current={selected ? 'true' : undefined}
        onClick={(e) => {
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          onOpen(doc.id);
        }}
      >
        <span className="doc-item-title" lang={doc.lang}>
          {doc.title}
        </span>
        <span className="doc-item-meta">
          {doc.docNumber && (
            <span className="doc-number" lang={doc.lang}>
              {doc.docNumber}
            </span>
          )}
          <span className="passage-count">{t('library.passages', { count: doc.passages })}</span>
          <NotInForceBadge status={doc.status} />
        </span>
      </a>
    </li>
  );
});
