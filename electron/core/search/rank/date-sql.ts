/**
 * SQL for "the document `d` has a date in [@dateFrom, @dateTo]" (either end may be NULL =
 * open). A document's date is its issued date, else its effective date (both ISO strings
 * in the current version's metadata); an undated document is never in a range. True for
 * every document when both ends are NULL (no `date:` filter). The subquery does not depend
 * on `d`, so SQLite builds the set of dated documents in range once per statement.
 */
export const inDateRangeSql = `((@dateFrom IS NULL AND @dateTo IS NULL) OR d.id IN (
  SELECT dd.id FROM documents dd JOIN document_versions dv ON dv.id = dd.current_version_id
  WHERE coalesce(json_extract(dv.metadata, '$.issuedDate'), json_extract(dv.metadata, '$.effectiveDate'))
    BETWEEN coalesce(@dateFrom, '0000-00-00') AND coalesce(@dateTo, '9999-99-99')))`;

/** The named parameters of inDateRangeSql for a `date:` range (none = no filter). */
export function dateParams(range: { from?: string; to?: string } | undefined): {
  dateFrom: string | null;
  dateTo: string | null;
} {
  return { dateFrom: range?.from ?? null, dateTo: range?.to ?? null };
}
