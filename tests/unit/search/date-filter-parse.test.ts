import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { parseDateRange } from '../../../shared/date-range';

describe('date: values', () => {
  it('a year is the whole year', () => {
    expect(parseDateRange('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
  it('a year-month is the whole month, leap days included', () => {
    expect(parseDateRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseDateRange('2023-2')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });
  it('a full date is that day', () => {
    expect(parseDateRange('2016-04-27')).toEqual({ from: '2016-04-27', to: '2016-04-27' });
  });
  it('a range of years runs from the first day of one to the last day of the other', () => {
    expect(parseDateRange('2020..2024')).toEqual({ from: '2020-01-01', to: '2024-12-31' });
  });
  it('a range open at the end has no upper bound', () => {
    expect(parseDateRange('2021-03..')).toEqual({ from: '2021-03-01' });
  });
  it('a range open at the start has no lower bound', () => {
    expect(parseDateRange('..2019-12-31')).toEqual({ to: '2019-12-31' });
  });
  it('a range written backwards is read the right way round', () => {
    expect(parseDateRange('2024..2020-06')).toEqual({ from: '2020-06-01', to: '2024-12-31' });
  });
  it.each(['', '..', 'soon', '20', '2024-13', '2023-02-29', '2024-00', '0999', '2020...2024', '2020..x', '2024-1-1-1'])(
    '%j names no date',
    (value) => {
      expect(parseDateRange(value)).toBeNull();
    },
  );
});

describe('date: in a query', () => {
  it('is a filter, not a word', () => {
    const parsed = parseQuery('date:2020..2024 virtual currency');
    expect(parsed.filters.dates).toEqual({ from: '2020-01-01', to: '2024-12-31' });
    expect(parsed.groups.map((g) => g.terms[0]?.text)).toEqual(['virtual', 'currency']);
  });
  it('alone leaves nothing to search for but the range', () => {
    const parsed = parseQuery('date:2024');
    expect(parsed.groups).toEqual([]);
    expect(parsed.filters.dates).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
  it('two date filters keep the days in both', () => {
    expect(parseQuery('date:2010..2020 date:2018..').filters.dates).toEqual({ from: '2018-01-01', to: '2020-12-31' });
  });
  it('a value that names no date is set aside for a notice and searched for neither as a date nor as a word', () => {
    const parsed = parseQuery('date:soon 反洗钱');
    expect(parsed.filters.dates).toBeUndefined();
    expect(parsed.filters.badDates).toEqual(['soon']);
    expect(parsed.groups.map((g) => g.terms[0]?.text)).toEqual(['反洗钱']);
  });
  it('full-width digits and DATE: in capitals read the same', () => {
    expect(parseQuery('DATE:２０２４').filters.dates).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });
  it('never throws, whatever follows date:', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseQuery(`date:${value} words`);
        expect(parsed.filters.kinds).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
