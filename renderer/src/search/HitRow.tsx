import { memo } from 'react';
import type { SearchHit } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { NotInForceBadge } from '../reader/NotInForceBadge';
import { clauseLabel } from '../text/labels';
import { Marked } from '../text/Marked';

interface HitRowProps {
  hit: SearchHit;
  lang: string;
}

/**
 * One search hit: where it is, the snippet with its matches marked, and why it matched.
 * Memoised: a keystroke or a change of the active row does not render the snippets again.
 */
export const HitRow = memo(function HitRow({ hit, lang }: HitRowProps) {
  const t = useT();
  const label = clauseLabel(hit.kind, hit.number, lang, hit.label);
  // Field names are codes from the core (title, number, body, docTitle); unknown ones show as sent.
  const fields = hit.matched.fields.map((field) => t(`search.field.${field}`, { defaultValue: field }));
  const terms = hit.matched.terms.join(', ');
  const path = (hit.path ?? []).filter((part) => part !== hit.docTitle);
  const where = [hit.docTitle, ...path].join(' › ');
  const heading = hit.title && hit.title !== hit.docTitle ? hit.title : path.at(-1);
  return (
    <>
      <div className="hit-head" lang={lang}>
        {label && <span className="hit-label">{label}</span>}
        <NotInForceBadge status={hit.docStatus} />
        <span className="hit-title">{heading ?? (label ? '' : hit.docTitle)}</span>
      </div>
      <div className="hit-where" title={where} lang={lang}>
        {where}
      </div>
      <p className="hit-snippet" lang={lang}>
        <Marked text={hit.snippet} ranges={hit.highlights} />
      </p>
      {(fields.length > 0 || terms) && (
        <div className="hit-why">
          {t('search.matched', { why: fields.join(', ') })}
          {terms && (
            <>
              {fields.length > 0 && ' · '}
              <span translate="no">{terms}</span>
            </>
          )}
        </div>
      )}
    </>
  );
});
