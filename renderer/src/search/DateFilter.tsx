import './date-filter.css';
import { useEffect, useId, useState } from 'react';
import { parsePeriod } from '../../../shared/date-range';
import { useT } from '../i18n/useT';
import { type DateFilterText, readDateFilter, withDateFilter } from './filters';

interface DateFilterProps {
  query: string;
  onQueryChange: (query: string) => void;
}

/** '' (an open end) or a year, year-month or date that exists. */
function isEnd(text: string): boolean {
  const value = text.trim();
  return value === '' || parsePeriod(value) !== null;
}

/**
 * "Dated from / to" beside the search box: writes the query's `date:` filter when both ends
 * read as dates (or are empty), and shows what the query says when its text is edited.
 * What is half typed (`20`, `2024-1`) stays in the box, marked invalid, until it is a date.
 */
export function DateFilter({ query, onQueryChange }: DateFilterProps) {
  const t = useT();
  const written = readDateFilter(query);
  const [draft, setDraft] = useState<DateFilterText>(written);
  const hintId = useId();
  // The query's text changed the filter (typed, pasted, back/forward): the boxes follow it.
  useEffect(() => setDraft({ from: written.from, to: written.to }), [written.from, written.to]);

  const change = (end: keyof DateFilterText, text: string) => {
    const next = { ...draft, [end]: text };
    setDraft(next);
    if (isEnd(next.from) && isEnd(next.to)) onQueryChange(withDateFilter(query, next));
  };
  const invalid = !isEnd(draft.from) || !isEnd(draft.to);
  const input = (end: keyof DateFilterText) => (
    <label>
      <span>{t(`searchDate.${end}`)}</span>
      <input
        type="text"
        className="date-filter-input"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchDate.placeholder')}
        value={draft[end]}
        aria-invalid={!isEnd(draft[end])}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => change(end, e.target.value)}
      />
    </label>
  );
  return (
    <>
      {input('from')}
      {input('to')}
      {invalid && (
        <span id={hintId} className="date-filter-hint" role="status">
          {t('searchDate.invalid')}
        </span>
      )}
    </>
  );
}
