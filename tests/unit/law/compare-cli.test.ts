import { describe, expect, it } from 'vitest';
import { folio } from '../../support/cli';
import { hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { aml2006, aml2024 } from './library';

const tempDir = tempDirsCleanedAfterEachTest();

describe.skipIf(!hasCorpus)(`folio compare (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  it('--json lists every older article once, then the added ones, in the documented shape', () => {
    const data = tempDir();
    expect(folio(['import', aml2006, aml2024, '--data', data]).status).toBe(0);
    const docs = JSON.parse(folio(['docs', '--data', data, '--json']).stdout) as { id: string; sourceName: string }[];
    const older = docs.find((d) => d.sourceName.startsWith('反洗钱法(2006'))?.id as string;
    const run = folio(['compare', older, '--data', data, '--json']);
    const out = JSON.parse(run.stdout) as {
      from: { date: string };
      to: { date: string };
      articles: { number?: string; status: string; to?: string; similarity?: number }[];
    };
    const firstAdded = out.articles.findIndex((a) => a.status === 'added');
    expect({
      from: out.from.date,
      to: out.to.date,
      olderNumbers: out.articles.slice(0, firstAdded).map((a) => a.number),
      onlyAddedAfter: out.articles.slice(firstAdded).every((a) => a.status === 'added'),
      renumbered: out.articles.find((a) => a.status === 'renumbered'),
    }).toEqual({
      from: '2006-10-31',
      to: '2024-11-08',
      olderNumbers: Array.from({ length: 37 }, (_, i) => String(i + 1)),
      onlyAddedAfter: true,
      renumbered: { number: '27', status: 'renumbered', to: '46' },
    });
  });

  it('names an unknown version in a one-line error', () => {
    const data = tempDir();
    folio(['import', aml2006, aml2024, '--data', data]);
    const docs = JSON.parse(folio(['docs', '--data', data, '--json']).stdout) as { id: string }[];
    const run = folio(['compare', docs[0]?.id as string, '--from', '9', '--data', data]);
    expect([run.status, run.stderr.split('\n')[0]?.startsWith('folio: No version 9; versions: ')]).toEqual([1, true]);
  });
});
