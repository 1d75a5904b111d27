import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/src/i18n/i18n';
import { noticeWords } from '../../../renderer/src/search/notice-words';

const en = initI18n('en').t;
const zh = initI18n('zh').t;

describe('search notices in words', () => {
  it('words the any-word fallback as the results header always did', () => {
    expect(noticeWords(en, { code: 'any-word-fallback', allWordsHits: 1 })).toBe(
      'Only 1 passage had all the words; showing passages with any of them, best matches first.',
    );
  });
  it('says how many words were left out, in Chinese', () => {
    expect(noticeWords(zh, { code: 'terms-dropped', kept: 32, dropped: 68 })).toBe(
      '查询中不同的词语过多：只搜索了前 32 个，略去 68 个。',
    );
  });
  it('says a search was cut short by its time budget', () => {
    expect(noticeWords(en, { code: 'time-budget', budgetMs: 500 })).toBe(
      'The search stopped after 500 ms; these are the best matches found so far.',
    );
  });
  it('says a query was taken as a pasted passage', () => {
    expect(noticeWords(en, { code: 'passage-lookup', phrases: 16 })).toBe(
      'Looked for the pasted text by 16 of its phrases; the likeliest source comes first.',
    );
  });
});
