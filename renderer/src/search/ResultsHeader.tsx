import { useT } from '../i18n/useT';
import { noticeWords } from './notice-words';
import type { SearchState } from './useSearch';
import { searchLimit } from './useSearch';

interface ResultsHeaderProps {
  state: SearchState;
  onTry: (query: string) => void;
}

/** Count, fallback notice, "Did you mean", or the error — above the hits. */
export function ResultsHeader({ state, onTry }: ResultsHeaderProps) {
  const t = useT();
  const { result, error, loading, query, more } = state;
  if (error) {
    return (
      <div className="results-header error" role="alert">
        {t('search.failed', { error })}
      </div>
    );
  }
  if (!result) {
    return (
      <output className="results-header muted" aria-live="polite">
        {loading ? t('search.searching') : t('search.hint')}
      </output>
    );
  }
  const count = result.hits.length;
  return (
    <div className="results-header">
      <output className="results-count" aria-live="polite">
        {count === 0
          ? t('search.none', { query })
          : count >= searchLimit
            ? t('search.countCapped', { count: searchLimit })
            : more
              ? t('search.countMore', { count })
              : t('search.count', { count })}
      </output>
      {result.notices.map((notice) => (
        <p key={notice.code} className="results-notice">
          {noticeWords(t, notice)}
        </p>
      ))}
      {count === 0 && result.didYouMean.length > 0 && (
        <p className="did-you-mean">
          {t('search.didYouMean')}{' '}
          {result.didYouMean.map((alt) => (
            <button key={alt} type="button" className="link-button" onClick={() => onTry(alt)}>
              {alt}
            </button>
          ))}
          ?
        </p>
      )}
    </div>
  );
}
