/**
 * Pure, shared by the engine's query parser and the renderer's date controls, so both read
 * a `date:` value the same way.
 *
 * The `date:` filter's value: a year, a year-month or a full date, or a range of them
 * with `..` (either end may be left open). Dates are ISO strings, both ends inclusive.
 *
 *   parseDateRange('2020..2024')  → { from: '2020-01-01', to: '2024-12-31' }
 *   parseDateRange('2021-03..')   → { from: '2021-03-01' }
 *   parseDateRange('..2019-12-31') → { to: '2019-12-31' }
 *   parseDateRange('2024-02')     → { from: '2024-02-01', to: '2024-02-29' }
 *   parseDateRange('2024-13')     → null (not a date)
 */
export interface DateRange {
  /** First day in range (YYYY-MM-DD); absent = no lower end. */
  from?: string;
  /** Last day in range (YYYY-MM-DD); absent = no upper end. */
  to?: string;
}

/** Years outside this span are typing slips, not dates of a law or notice. */
const firstYear = 1000;
const lastYear = 2999;

interface Period {
  first: string;
  last: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2024`, `2024-3`, `2024-03-05` (also with `/` or `.`) → its first and last day; null when not a real date. */
export function parsePeriod(text: string): Period | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < firstYear || year > lastYear) return null;
  if (m[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const ym = `${year}-${pad(month)}`;
  if (m[3] === undefined) return { first: `${ym}-01`, last: `${ym}-${pad(daysIn(year, month))}` };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return null;
  return { first: `${ym}-${pad(day)}`, last: `${ym}-${pad(day)}` };
}

/**
 * The range a `date:` value names, or null when it is not one (`date:soon`, `date:2024-13`,
 * `date:..`). A range written backwards (`2024..2020`) is read the right way round.
 */
export function parseDateRange(value: string): DateRange | null {
  const text = value.trim();
  const dots = text.indexOf('..');
  if (dots < 0) {
    const period = parsePeriod(text);
    return period ? { from: period.first, to: period.last } : null;
  }
  const left = text.slice(0, dots).trim();
  const right = text.slice(dots + 2).trim();
  if (left === '' && right === '') return null;
  const start = left === '' ? null : parsePeriod(left);
  const end = right === '' ? null : parsePeriod(right);
  if ((left !== '' && !start) || (right !== '' && !end)) return null;
  if (start && end && start.first > end.last) return { from: end.first, to: start.last };
  return { ...(start ? { from: start.first } : {}), ...(end ? { to: end.last } : {}) };
}

/** Two `date:` filters in one query: the documents must be in both (the later start, the earlier end). */
export function intersectRanges(a: DateRange, b: DateRange): DateRange {
  const from = a.from && b.from ? (a.from > b.from ? a.from : b.from) : (a.from ?? b.from);
  const to = a.to && b.to ? (a.to < b.to ? a.to : b.to) : (a.to ?? b.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
