import { describe, expect, test } from 'vitest';
import { mergeProgress } from '../../../renderer/src/import/useImportJobs';
import type { ImportProgress } from '../../../shared/model';

const job = (state: ImportProgress['state'], filesDone: number): ImportProgress => ({
  jobId: 'j',
  state,
  filesDone,
  filesTotal: 3,
});

describe('merging import progress from events and replies', () => {
  test('a later step replaces an earlier one', () => {
    expect(mergeProgress(new Map([['j', job('running', 1)]]), [job('running', 2)]).get('j')).toEqual(job('running', 2));
  });
  test('an older step arriving late does not go backwards', () => {
    expect(mergeProgress(new Map([['j', job('running', 2)]]), [job('running', 1)]).get('j')).toEqual(job('running', 2));
  });
  test('an end is never undone by a running snapshot', () => {
    expect(mergeProgress(new Map([['j', job('done', 3)]]), [job('running', 2)]).get('j')).toEqual(job('done', 3));
  });
  test('other jobs are kept', () => {
    const other = { ...job('running', 0), jobId: 'k' };
    expect([...mergeProgress(new Map([['k', other]]), [job('running', 1)]).keys()]).toEqual(['k', 'j']);
  });
});
