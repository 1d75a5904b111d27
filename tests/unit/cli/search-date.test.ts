import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/model';
import { folio } from '../../support/cli';
import { seedPath } from '../../support/corpus';

// The seed's WEEX article is dated 2026-01-20; its PBOC notice states no date.
describe('folio search with date:', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(path.join(os.tmpdir(), 'folio-cli-date-'));
    expect(folio(['import', seedPath, '--data', data]).status).toBe(0);
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  const search = (query: string): SearchResult =>
    JSON.parse(folio(['search', query, '--json', '--data', data]).stdout) as SearchResult;

  it('date: alone lists the documents dated in range', () => {
    expect(search('date:2026').hits.map((h) => h.docTitle)).toEqual([
      'WEEX Crypto News and the Dynamics of API Access',
    ]);
  });
  it('a range before every dated document finds nothing', () => {
    expect(search('date:..2025 crypto').hits).toEqual([]);
  });
  it('a value that names no date is reported by its code, in words without --json', () => {
    expect(search('date:soon crypto').notices).toEqual([{ code: 'date-ignored', value: 'soon' }]);
    expect(folio(['search', 'date:soon crypto', '--data', data]).stdout).toContain(
      'Left out date:soon: write a year, year-month or date, or a range such as date:2020..2024.',
    );
  });
});
