import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { parseQuery } from '../../../electron/core/search/query/parse';
import { toFtsQuery } from '../../../electron/core/search/query/to-fts';
import { toIndexText } from '../../../electron/core/text/index-text';

const pieces = [
  'rate',
  'limit',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  '"',
  "'",
  '(',
  ')',
  '*',
  ':',
  '-',
  '^',
  '+',
  '{',
  '}',
  'C++',
  'kind:',
  'doc:',
  'lang:zh',
  'status:',
  'title:',
  'body:',
  '\u0000',
  '\u0001',
  '😀',
  '\uFE0F',
  '\uD800',
  '反洗钱',
  '央行',
  '法',
  '限流',
  'API',
  '429',
  '错误',
  '中华人民共和国',
  'ｆｕｌｌ',
  '\u3000',
  ' ',
  '  ',
  '\n',
  'é',
  'ß',
];

describe('toFtsQuery against a real FTS5 table', () => {
  let db: Database.Database;
  let stmt: Database.Statement<[string]>;
  beforeAll(() => {
    db = new Database(':memory:');
    migrate(db, migrations);
    const insert = db.prepare('INSERT INTO passage_fts(rowid, title, number, body, doc_title) VALUES (?, ?, ?, ?, ?)');
    insert.run(
      1,
      toIndexText('What are API rate limits?'),
      '',
      toIndexText('Rate limits cap requests. 429 错误'),
      'Doc',
    );
    insert.run(2, toIndexText('反洗钱'), '5', toIndexText('中华人民共和国反洗钱法 央行'), toIndexText('反洗钱法'));
    stmt = db.prepare('SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? LIMIT 5');
  });
  afterAll(() => db.close());

  it('never produces an expression FTS5 rejects, for 10 000 arbitrary inputs', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(input, fc.constantFrom<'all' | 'any'>('all', 'any'), (text, mode) => {
        const expr = toFtsQuery(parseQuery(text), { mode });
        if (expr !== null) stmt.all(expr);
      }),
      { numRuns: 10_000 },
    );
  });

  it('accepts a 10 000-character query', () => {
    const expr = toFtsQuery(parseQuery('rate "limit 反洗钱 '.repeat(600)));
    expect(() => (expr === null ? [] : stmt.all(expr))).not.toThrow();
  });
});

describe('search never fails', () => {
  it('returns a result for 2 000 arbitrary queries through the whole engine', async () => {
    const { createSearchEngine } = await import('../../../electron/core/search/create-engine');
    const db = new Database(':memory:');
    migrate(db, migrations);
    const engine = createSearchEngine(db, { dataDir: null });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.array(fc.constantFrom(...pieces)).map((a) => a.join(' ')),
        ),
        (text) => {
          const result = engine.search({ query: text });
          return Array.isArray(result.hits);
        },
      ),
      { numRuns: 2000 },
    );
    db.close();
  });
});
