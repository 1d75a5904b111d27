import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { getDocument } from '../../../electron/core/store/read';
import { writeParsedFile } from '../../../electron/core/store/write-file';
import { contentPlainText } from '../../../shared/content-tree';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { parseText } from './helpers';

const firstPassage = async (name: string, text: string) => (await parseText(name, text)).documents[0]?.passages[0];

describe('Markdown passages keep their shape', () => {
  it('keeps a list as a list, each item starting with its marker in the text', async () => {
    const p = await firstPassage('a.md', '# T\n\n## Headers\n\n* `X-Limit`: the quota\n* plain item\n');
    expect(p?.text).toBe('- X-Limit: the quota\n\n- plain item');
    expect(p?.content).toEqual([
      {
        t: 'list',
        ordered: false,
        items: [
          [
            {
              t: 'p',
              c: [
                { t: 'code', v: 'X-Limit' },
                { t: 'text', v: ': the quota' },
              ],
            },
          ],
          [{ t: 'p', c: [{ t: 'text', v: 'plain item' }] }],
        ],
      },
    ]);
  });
  it('numbers an ordered list from its start', async () => {
    const p = await firstPassage('a.md', '# T\n\n## Steps\n\n3. three\n4. four\n');
    expect(p?.text).toBe('3. three\n\n4. four');
    expect(p?.content?.[0]).toMatchObject({ t: 'list', ordered: true, start: 3 });
  });
  it('keeps a GFM table as rows of cells, with no pipe syntax in the text', async () => {
    const p = await firstPassage('a.md', '# T\n\n## Attrs\n\n| Name | Type |\n|---|---|\n| count | integer |\n');
    expect(p?.text).toBe('Name\tType\ncount\tinteger');
    expect(p?.content).toEqual([
      {
        t: 'table',
        head: true,
        rows: [
          [[{ t: 'text', v: 'Name' }], [{ t: 'text', v: 'Type' }]],
          [[{ t: 'text', v: 'count' }], [{ t: 'text', v: 'integer' }]],
        ],
      },
    ]);
  });
  it('keeps fenced code with its language', async () => {
    const p = await firstPassage('a.md', '# T\n\n## Example\n\nRun:\n\n```shell\ncurl -i http://x\n```\n');
    expect(p?.content).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'Run:' }] },
      { t: 'pre', lang: 'shell', v: 'curl -i http://x' },
    ]);
  });
  it('keeps an https link URL and neutralises a javascript: one to text', async () => {
    const p = await firstPassage(
      'a.md',
      '# T\n\n## L\n\nSee [docs](https://example.org/a) or [this](javascript:alert(1)).\n',
    );
    expect(p?.text).toBe('See docs or this.');
    expect(p?.content).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'See ' },
          { t: 'link', href: 'https://example.org/a', c: [{ t: 'text', v: 'docs' }] },
          { t: 'text', v: ' or ' },
          { t: 'link', c: [{ t: 'text', v: 'this' }] },
          { t: 'text', v: '.' },
        ],
      },
    ]);
  });
  it('shows an image as its alt text', async () => {
    const p = await firstPassage('a.md', '# T\n\n## I\n\nBefore ![a diagram](x.png) after *em*.\n');
    expect(p?.text).toBe('Before a diagram after em.');
  });
  it('keeps plain paragraphs without a tree', async () => {
    const p = await firstPassage('a.md', '# 法\n\n第一条 为了规范。\n');
    expect(p).toEqual({ kind: 'article', number: '1', text: '为了规范。', path: [] });
  });
  it('cuts an article label out of the tree as out of the text', async () => {
    const p = await firstPassage('a.md', '# 法\n\n第一条 为了**规范**管理。\n');
    expect(p?.text).toBe('为了规范管理。');
    expect(p?.content).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: '为了' },
          { t: 'strong', c: [{ t: 'text', v: '规范' }] },
          { t: 'text', v: '管理。' },
        ],
      },
    ]);
  });
  it('drops <head>, JSX tags and ESM from Docusaurus Markdown but keeps the prose inside <Tabs>', async () => {
    const md =
      '# T\n\n<head>\n  <link rel="canonical" href="https://x" />\n</head>\n\nimport Tabs from \'@theme/Tabs\';\n\n## Use\n\n<Tabs\n  groupId="api"\n  values={[\n    {label: \'Admin API\', value: \'admin\'},\n  ]}>\n<TabItem value="admin">\n\n```shell\ncurl http://127.0.0.1\n```\n\n</TabItem>\n</Tabs>\n';
    const doc = (await parseText('a.md', md)).documents[0];
    const all = JSON.stringify(doc);
    for (const bad of ['<head', 'canonical', 'Tabs', 'TabItem', 'groupId', 'import']) expect(all).not.toContain(bad);
    expect(doc?.passages[0]?.content).toEqual([{ t: 'pre', lang: 'shell', v: 'curl http://127.0.0.1' }]);
  });
  it('parses .mdx that is not valid MDX as CommonMark with a warning', async () => {
    const parsed = await parseText('a.mdx', '# T\n\n## S\n\nA { brace and <!-- a comment -->.\n');
    expect(parsed.documents[0]?.passages[0]?.text).toBe('A { brace and .');
    expect(parsed.warnings.some((w) => w.startsWith('not valid MDX'))).toBe(true);
  });
});

describe('HTML passages keep their shape', () => {
  it('reads a table, a list and code from HTML into the same tree as from Markdown', async () => {
    const html =
      '<h1>T</h1><h2>S</h2><table><tr><th>Name</th><th>Type</th></tr><tr><td>count</td><td>integer</td></tr></table>' +
      '<ul><li><code>X-Limit</code>: the quota</li><li>plain item</li></ul><pre><code class="language-shell">curl -i http://x\n</code></pre>';
    const fromHtml = await firstPassage('a.html', html);
    const fromMd = await firstPassage(
      'a.md',
      '# T\n\n## S\n\n| Name | Type |\n|---|---|\n| count | integer |\n\n* `X-Limit`: the quota\n* plain item\n\n```shell\ncurl -i http://x\n```\n',
    );
    expect(fromHtml?.text).toBe(fromMd?.text);
    expect(fromHtml?.content).toEqual(fromMd?.content);
  });
  it('collapses white space as a browser does and removes a line break between Han characters', async () => {
    const p = await firstPassage('law.html', '<h1>法</h1><p>第一条\n为了  规范\n  管理，\n制定 this\n  law。</p>');
    expect(p).toMatchObject({ kind: 'article', number: '1', text: '为了 规范管理，制定 this law。' });
  });
  it('turns <br> into a line break and keeps <pre> as written', async () => {
    const doc = (await parseText('a.html', '<h1>T</h1><h2>S</h2><p>one<br>two</p><pre>  a\n    b</pre>')).documents[0];
    expect(doc?.passages[0]?.text).toBe('one\ntwo\n\n  a\n    b');
  });
});

describe('migration 0060-passage-content', () => {
  it('adds the content column to passages and the text hash to sources of a version-50 library', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      migrations.filter((m) => m.version <= 50),
    );
    expect(
      migrate(
        db,
        migrations.filter((m) => m.version <= 60),
      ),
    ).toBe(60);
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('passages')).toContain('content');
    expect(columns('sources')).toContain('text_hash');
    db.close();
  });
});

describe('content trees in the library', () => {
  const tempDir = tempDirsCleanedAfterEachTest();
  let db: Database.Database | undefined;
  afterEach(() => db?.close());

  it('are stored beside the text and returned by getDocument', async () => {
    db = openDatabase(tempDir());
    const parsed = await parseText('a.md', '# T\n\n## Headers\n\n* one\n* two\n\n## Plain\n\nJust text.\n');
    const [written] = writeParsedFile(db, { path: '/x/a.md', name: 'a.md', contentHash: 'h' }, parsed);
    const passages = getDocument(db, written?.id ?? '').passages;
    expect(passages[0]?.content).toEqual(parsed.documents[0]?.passages[0]?.content);
    expect(contentPlainText(passages[0]?.content ?? [])).toBe(passages[0]?.text);
    expect(passages[1]?.content).toBeUndefined();
  });
});

describe('text nested deeper than the readers walk', () => {
  it('is kept as flat text in HTML (200 nested <div> and <b>)', async () => {
    const html = `<h1>T</h1><h2>S</h2>${'<div>'.repeat(200)}deep ${'<b>'.repeat(200)}bold${'</b>'.repeat(200)} end${'</div>'.repeat(200)}`;
    expect((await firstPassage('a.html', html))?.text).toBe('deep bold end');
  });
  it('is kept as flat text in Markdown (100 nested quotes)', async () => {
    const p = await firstPassage('a.md', `# T\n\n## S\n\n${'> '.repeat(100)}deep *text*\n`);
    expect(p?.text).toBe('deep text');
  });
});
