import './compare.css';
import { useMemo, useState } from 'react';
import { type ComparedArticle, type CompareStatus, compareStatuses, type VersionEntry } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { versionName } from '../reader/DocumentHeader';
import { clauseLabel } from '../text/labels';
import { textDiff } from './text-diff';
import { useComparison } from './useComparison';

interface ComparePaneProps {
  docId: string;
  lang: string;
  /** The law's versions, oldest first (to pick which two are compared). */
  versions: readonly VersionEntry[];
  onClose: () => void;
}

/**
 * Two versions of a law compared clause by clause: a "what changed" summary with counts,
 * then every article — changed ones with their changes marked, unchanged ones collapsed.
 */
export function ComparePane({ docId, lang, versions, onClose }: ComparePaneProps) {
  const t = useT();
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const state = useComparison(docId, picked.from, picked.to);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const comparison = state.status === 'ready' ? state.comparison : null;
  const shown = useMemo(
    () => (comparison?.articles ?? []).filter((a) => showUnchanged || a.status !== 'unchanged'),
    [comparison, showUnchanged],
  );
  return (
    <div className="compare-scroll">
      <div className="compare">
        <button type="button" className="link-button" onClick={onClose}>
          ← {t('compare.back')}
        </button>
        {state.status === 'loading' && <p className="empty">{t('compare.loading')}</p>}
        {state.status === 'error' && (
          <p className="error" role="alert">
            {t('compare.error', { error: state.error })}
          </p>
        )}
        {comparison && (
          <>
            <h2 id="compare-title" lang={lang}>
              {comparison.title}
            </h2>
            <p className="compare-versions">
              <label>
                {t('compare.from')}{' '}
                <select
                  value={comparison.from.ref}
                  onChange={(e) => setPicked({ from: e.target.value, to: comparison.to.ref })}
                >
                  {versions.map((v) => (
                    <option key={v.ref} value={v.ref}>
                      {versionName(v, t)}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                {t('compare.to')}{' '}
                <select
                  value={comparison.to.ref}
                  onChange={(e) => setPicked({ from: comparison.from.ref, to: e.target.value })}
                >
                  {versions.map((v) => (
                    <option key={v.ref} value={v.ref}>
                      {versionName(v, t)}
                    </option>
                  ))}
                </select>
              </label>
            </p>
            <section className="compare-summary" aria-labelledby="compare-summary-title">
              <h3 id="compare-summary-title">{t('compare.title')}</h3>
              <ul>
                {compareStatuses.map((s) => (
                  <li key={s} className={`count status-${s}`}>
                    {t(`compare.count.${s}`, { count: comparison.counts[s] })}
                  </li>
                ))}
              </ul>
              {comparison.counts.unchanged > 0 && (
                <button type="button" className="small-button" onClick={() => setShowUnchanged((v) => !v)}>
                  {showUnchanged
                    ? t('compare.hideUnchanged')
                    : t('compare.showUnchanged', { count: comparison.counts.unchanged })}
                </button>
              )}
            </section>
            <ol className="compare-articles">
              {shown.map((a) => (
                <ComparedArticleView key={`${a.fromPassageId ?? ''}>${a.toPassageId ?? ''}`} article={a} lang={lang} />
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}

function ComparedArticleView({ article: a, lang }: { article: ComparedArticle; lang: string }) {
  const t = useT();
  const label = (n: string | undefined) => clauseLabel(a.kind, n, lang) || n || '';
  const status: CompareStatus = a.status;
  return (
    <li className={`compared status-${status}`}>
      <div className="compared-head">
        <span className="clause-label" lang={lang}>
          {label(a.number)}
        </span>
        <span className={`badge status-${status}`}>{t(`compare.status.${status}`)}</span>
        {a.to !== undefined && a.to !== a.number && status !== 'added' && (
          <span className="moved" lang={lang}>
            {t('compare.movedTo', { label: label(a.to) })}
          </span>
        )}
        {a.similarity !== undefined && (
          <span className="similarity">{t('compare.similarity', { percent: Math.round(a.similarity * 100) })}</span>
        )}
      </div>
      <p className="compared-text" lang={lang}>
        {status === 'changed' ? (
          textDiff(a.fromText ?? '', a.toText ?? '', lang).map((piece, i) =>
            piece.change === 'same' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: pieces are fixed for a given pair of texts
              <span key={i}>{piece.text}</span>
            ) : piece.change === 'removed' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <del key={i}>{piece.text}</del>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <ins key={i}>{piece.text}</ins>
            ),
          )
        ) : status === 'removed' ? (
          <del>{a.fromText}</del>
        ) : status === 'added' ? (
          <ins>{a.toText}</ins>
        ) : (
          (a.toText ?? a.fromText)
        )}
      </p>
    </li>
  );
}
