import './library.css';
import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { DocList } from './DocList';
import { filterDocuments, filterFrom } from './filter-docs';

interface LibraryPaneProps {
  docs: DocumentSummary[] | null;
  error: string | null;
  selectedId: string | null;
  onOpen: (docId: string) => void;
}

/** Every document with its passage count, number and status. */
export function LibraryPane({ docs, error, selectedId, onOpen }: LibraryPaneProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const showFilter = (docs?.length ?? 0) >= filterFrom;
  const shown = useMemo(() => (docs && showFilter ? filterDocuments(docs, filter) : docs), [docs, filter, showFilter]);
  const count =
    docs && shown && shown.length !== docs.length
      ? t('library.countOf', { shown: shown.length, total: docs.length })
      : docs?.length;
  return (
    <nav className="pane library-pane" aria-label={t('library.title')}>
      <h2 className="pane-title">
        {t('library.title')}
        {docs && <span className="pane-count">{count}</span>}
      </h2>
      {showFilter && (
        <input
          type="search"
          className="library-filter"
          placeholder={t('library.filter.placeholder')}
          aria-label={t('library.filter.label')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setFilter('');
          }}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {t('library.error', { error })}
        </p>
      )}
      {!docs && !error && <p className="empty">{t('library.loading')}</p>}
      {docs && docs.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {shown && docs && docs.length > 0 && shown.length === 0 && <p className="empty">{t('library.noMatch')}</p>}
      {shown && shown.length > 0 && <DocList docs={shown} selectedId={selectedId} onOpen={onOpen} />}
    </nav>
  );
}
