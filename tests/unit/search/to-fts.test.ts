import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { toFtsQuery } from '../../../electron/core/search/query/to-fts';

const fts = (q: string, mode?: 'all' | 'any') => toFtsQuery(parseQuery(q), { mode });

describe('toFtsQuery', () => {
  it('requires every word in the passage columns', () => {
    expect(fts('rate limit')).toBe('{title body} : ("rate" AND "limit")');
  });
  it('joins the words with OR in any-word mode', () => {
    expect(fts('rate limit', 'any')).toBe('{title body} : ("rate" OR "limit")');
  });
  it('turns a Han word into the phrase of its bigrams', () => {
    expect(fts('反洗钱')).toBe('{title body} : ("反洗 洗钱")');
  });
  it('turns one Han character into a prefix', () => {
    expect(fts('法')).toBe('{title body} : ("法" *)');
  });
  it('keeps a Han run inside a phrase closed by its last character', () => {
    expect(fts('"限流 API"')).toBe('{title body} : ("限流 流 API")');
  });
  it('excludes with NOT', () => {
    expect(fts('keys -sandbox')).toBe('({title body} : ("keys")) NOT {title body} : ("sandbox")');
  });
  it('searches doc: values in the document title', () => {
    expect(fts('consent doc:GDPR')).toBe('{title body} : ("consent") AND doc_title : ("GDPR")');
  });
  it('treats operators typed by the user as words', () => {
    expect(fts('NEAR AND C++')).toBe('{title body} : ("NEAR" AND "AND" AND "C")');
  });
  it('gives null when there is nothing to search', () => {
    expect(fts('-only kind:faq')).toBeNull();
  });
});
