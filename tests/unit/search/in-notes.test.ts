import { afterEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query/parse';
import type { KbService } from '../../../electron/core/service';
import type { KbApi } from '../../../shared/api';
import type { MethodName } from '../../../shared/methods';
import { createClient, dispatch } from '../../../shared/rpc';
import { folio } from '../../support/cli';
import { seedPath } from '../../support/corpus';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from '../notes/helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A client that validates every reply against the contract, as the renderer's does. */
function client(s: KbService): KbApi {
  return createClient((method: MethodName, input: unknown) => dispatch(s.api, method, input));
}

describe('in:notes in the query language', () => {
  it('is a filter: the other words stay words', () => {
    const parsed = parseQuery('in:notes training plan');
    expect(parsed.filters.inNotes).toBe(true);
    expect(parsed.groups.map((g) => g.terms.map((t) => t.text))).toEqual([['training'], ['plan']]);
  });

  it('in: with another value is an ordinary word', () => {
    const parsed = parseQuery('in:force');
    expect(parsed.filters.inNotes).toBeUndefined();
    expect(parsed.groups.map((g) => g.terms.map((t) => t.text))).toEqual([['in:force']]);
  });
});

describe('searching in:notes through the service', () => {
  it('finds a note by a word of its note text and opens its passage', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    const passage = notice.passages.find((p) => p.number === '2')!;
    await highlight(service, notice.id, '2', 'Tokenization', { note: 'Use in the RWA training', tags: ['rwa-risk'] });

    const result = await client(service).search({ query: 'in:notes training' });

    expect(result.mode).toBe('all');
    expect(result.terms).toEqual(['training']);
    expect(result.hits.map((h) => [h.docId, h.passageId, h.snippet, h.highlights])).toEqual([
      [notice.id, passage.id, 'Use in the RWA training', [[15, 23]]],
    ]);
  });

  it('finds a note by its tag and by its quote', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { tags: ['rwa-risk'] });

    const byTag = await client(service).search({ query: 'in:notes rwa-risk' });
    const byQuote = await client(service).search({ query: 'in:notes tokeniz' });

    expect(byTag.hits.map((h) => h.snippet)).toEqual(['Tokenization']);
    expect(byQuote.hits.map((h) => h.snippet)).toEqual(['Tokenization']);
  });

  it('a word no note holds gives no hits, although the library has it', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { note: 'training' });

    const inNotes = await client(service).search({ query: 'in:notes stablecoin' });
    const inLibrary = await client(service).search({ query: 'stablecoin' });

    expect(inNotes.hits).toEqual([]);
    expect(inNotes.mode).toBe('none');
    expect(inLibrary.hits.length).toBeGreaterThan(0);
  });

  it('in:notes alone says there is nothing to search', async () => {
    service = await openTestService(tempDir());

    const result = await client(service).search({ query: 'in:notes' });

    expect(result).toEqual({
      hits: [],
      mode: 'none',
      terms: [],
      didYouMean: [],
      partial: false,
      notices: [{ code: 'nothing-to-search' }],
    });
  });
});

describe('note tags in suggestions', () => {
  it('a tag starting with the prefix (any case) is suggested after the library suggestions', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { tags: ['Tokenisation-training', 'aml'] });

    const suggestions = await client(service).suggest({ prefix: 'tokeni' });

    expect(suggestions.at(-1)).toEqual({ text: 'Tokenisation-training', kind: 'tag', docId: '', docTitle: '' });
    expect(suggestions.filter((s) => s.kind === 'tag')).toHaveLength(1);
    expect(suggestions.length).toBeGreaterThan(1);
  });

  it('after in:notes, the rest of the text is the tag’s start', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { tags: ['客户身份', 'aml'] });

    const suggestions = await client(service).suggest({ prefix: 'in:notes 客户' });

    expect(suggestions.filter((s) => s.kind === 'tag').map((s) => s.text)).toEqual(['客户身份']);
  });

  it('no tag is suggested for an empty prefix', async () => {
    service = await openTestService(tempDir());
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '2', 'Tokenization', { tags: ['aml'] });

    const suggestions = await client(service).suggest({ prefix: '' });

    expect(suggestions.filter((s) => s.kind === 'tag')).toEqual([]);
  });
});

describe('folio search "in:notes …"', () => {
  it('the CLI finds the note through the same service method', () => {
    const data = tempDir();
    expect(folio(['import', seedPath, '--data', data]).status).toBe(0);
    const docs = JSON.parse(folio(['docs', '--json', '--data', data]).stdout) as { id: string; title: string }[];
    const docId = docs.find((d) => d.title === noticeTitle)!.id;
    const shown = JSON.parse(folio(['show', docId, '--json', '--data', data]).stdout) as {
      passages: { id: string; number?: string }[];
    };
    const passageId = shown.passages.find((p) => p.number === '2')!.id;
    const args = ['notes', 'add', docId, passageId, '--quote', 'token', '--note', 'onboarding', '--data', data];
    expect(folio(args).status).toBe(0);

    const found = folio(['search', 'in:notes onboarding', '--json', '--data', data]);

    expect(found.status).toBe(0);
    const hits = (JSON.parse(found.stdout) as { hits: { docId: string; passageId: string; snippet: string }[] }).hits;
    expect(hits.map((h) => [h.docId, h.passageId, h.snippet])).toEqual([[docId, passageId, 'onboarding']]);
  });
});
