import { useMemo } from 'react';
import type { DocumentSummary } from '../../../shared/model';
import { useT } from '../i18n/useT';
import { DateFilter } from './DateFilter';
import { type FilterName, filterChoices, readFilters, withFilter } from './filters';

interface SearchFiltersProps {
  query: string;
  onQueryChange: (query: string) => void;
  docs: readonly DocumentSummary[] | null;
}

/** Longest document title written into a `doc:` filter; the first words pick the document well enough. */
const docFilterWords = 8;

export function docFilterValue(title: string): string {
  return title.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean).slice(0, docFilterWords).join(' ');
}

/**
 * Selects for document, kind, language and status, and a date range, beside the search box.
 * Each writes the query language (`kind:faq`, `doc:"…"`, `date:2020..2024`), so what the
 * controls show is what the query says.
 */
export function SearchFilters({ query, onQueryChange, docs }: SearchFiltersProps) {
  const t = useT();
  const current = readFilters(query);
  const set = (name: FilterName, value: string) => onQueryChange(withFilter(query, name, value === '' ? null : value));
  const docOptions = useMemo(() => (docs ?? []).map((doc) => ({ value: docFilterValue(doc.title), doc })), [docs]);
  // The same elements every render, so typing a query does not re-diff a thousand options.
  const docOptionElements = useMemo(
    () =>
      docOptions.map(({ value, doc }) => (
        <option key={doc.id} value={value} lang={doc.lang}>
          {doc.title}
        </option>
      )),
    [docOptions],
  );
  const docValue = current.doc ?? '';
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      <label>
        <span>{t('search.filter.doc')}</span>
        <select value={docValue} onChange={(e) => set('doc', e.target.value)}>
          <option value="">{t('search.filter.any')}</option>
          {docValue && !docOptions.some((o) => o.value === docValue) && <option value={docValue}>{docValue}</option>}
          {docOptionElements}
        </select>
      </label>
      {(Object.keys(filterChoices) as (keyof typeof filterChoices)[]).map((name) => (
        <label key={name}>
          <span>{t(`search.filter.${name}`)}</span>
          <select value={current[name] ?? ''} onChange={(e) => set(name, e.target.value)}>
            <option value="">{t('search.filter.any')}</option>
            {filterChoices[name].map((choice) => (
              <option key={choice} value={choice}>
                {t(`search.filter.${name}.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <DateFilter query={query} onQueryChange={onQueryChange} />
    </fieldset>
  );
}
