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
  const { result, error, loading, query } = state;
  const t = useT();
  if (error) {
    return (
      <div className="results-header error" role="alert">
        Search failed — {error}
      </div>
    );
  }
  if (!result) {
    return (
      <output className="results-header muted" aria-live="polite">
        {loading ? 'Searching…' : 'Type to search every document; the ? button explains the query syntax.'}
      </output>
    );
  }
  const count = result.hits.length;
  return (
    <div className="results-header">
      <output className="results-count" aria-live="polite">
        {count === 0
          ? `No results for “${query}”`
          : count >= searchLimit
            ? `${searchLimit}+ results (showing the first ${searchLimit})`
            : `${count} ${count === 1 ? 'result' : 'results'}`}
      </output>
      {result.notices.map((notice) => (
        <p key={notice.code} className="results-notice">
          {noticeWords(t, notice)}
        </p>
      ))}
      {count === 0 && result.didYouMean.length > 0 && (
        <p className="did-you-mean">
          Did you mean{' '}
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
