import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { fixture, parseText } from './helpers';

describe('Chinese law in Markdown (fixture: 中国人民银行法 excerpt)', () => {
  const parse = () => parseFile({ name: 'pboc-law-excerpt.md', bytes: fixture('pboc-law-excerpt.md') });
  it('takes the title from the first # heading', async () => {
    expect((await parse()).documents[0]?.title).toBe('中华人民共和国中国人民银行法');
  });
  it('is Chinese', async () => {
    expect((await parse()).documents[0]?.lang).toBe('zh');
  });
  it('numbers 第X条 articles in Arabic, in order', async () => {
    const doc = (await parse()).documents[0];
    const numbers = doc?.passages.filter((p) => p.kind === 'article').map((p) => p.number);
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });
  it('puts the chapter heading in the path of its articles', async () => {
    const doc = (await parse()).documents[0];
    expect(doc?.passages.find((p) => p.number === '1')?.path).toEqual(['第一章 总则']);
    expect(doc?.passages.find((p) => p.number === '10')?.path).toEqual(['第二章 组织机构']);
  });
  it('keeps （一） items inside their article', async () => {
    const doc = (await parse()).documents[0];
    const four = doc?.passages.find((p) => p.number === '4');
    expect(four?.text).toContain('（一）发布与履行其职责有关的命令和规章；');
    expect(four?.text.startsWith('中国人民银行履行下列职责：')).toBe(true);
  });
  it('keeps the history lines as paragraphs and dates the version', async () => {
    const doc = (await parse()).documents[0];
    expect(doc?.passages[0]).toEqual({
      kind: 'paragraph',
      text: '1995年3月18日 第八届全国人民代表大会第三次会议通过',
      path: [],
    });
    expect(doc?.issuedDate).toBe('2003-12-27');
  });
});

describe('Chinese articles', () => {
  it('reads 第X条之一 as "X-1"', async () => {
    const doc = (await parseText('a.md', '# 法\n\n第五条 甲。\n\n第五条之一 乙。\n\n第六条 丙。\n')).documents[0];
    expect(doc?.passages.map((p) => p.number)).toEqual(['5', '5-1', '6']);
  });
  it('accepts an ideographic space after 第X条', async () => {
    const doc = (await parseText('a.md', '# 法\n\n第一条\u3000甲。\n')).documents[0];
    expect(doc?.passages[0]).toMatchObject({ kind: 'article', number: '1', text: '甲。' });
  });
  it('does not start an article at a line that only mentions one', async () => {
    const doc = (await parseText('a.md', '# 法\n\n第一条 甲。\n\n第三十一条的决定》第一次修正\n')).documents[0];
    expect(doc?.passages.filter((p) => p.kind === 'article')).toHaveLength(1);
  });
  it('does not start articles inside amendment quotes', async () => {
    const text =
      '# 修正案\n\n一、将刑法第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n\n“第十八条 另一条。”\n';
    const doc = (await parseText('a.md', text)).documents[0];
    expect(doc?.passages.filter((p) => p.kind === 'article')).toHaveLength(0);
    expect(doc?.passages).toHaveLength(1);
  });
  it('warns when article numbers jump', async () => {
    const doc = (await parseText('a.md', '# 法\n\n第十二条 甲。\n\n第十四条 乙。\n')).documents[0];
    expect(doc?.warnings).toEqual(['articles jump from 12 to 14']);
  });
  it('warns when article numbers go back', async () => {
    const doc = (await parseText('a.md', '# 法\n\n第二条 甲。\n\n第一条 乙。\n')).documents[0];
    expect(doc?.warnings).toEqual(['articles go back from 2 to 1']);
  });
  it('nests 节 under 章 in the path', async () => {
    const doc = (await parseText('a.md', '# 法\n\n## 第一章  总 则\n\n### 第一节 一般规定\n\n第一条 甲。\n'))
      .documents[0];
    expect(doc?.passages[0]?.path).toEqual(['第一章 总 则', '第一节 一般规定']);
  });
});

describe('GDPR in Markdown (fixture excerpt)', () => {
  const parse = () => parseFile({ name: 'gdpr-excerpt.md', bytes: fixture('gdpr-excerpt.md') });
  it('reads the regulation number from the title', async () => {
    expect((await parse()).documents[0]?.docNumber).toBe('Regulation (EU) 2016/679');
  });
  it('records that it repeals Directive 95/46/EC', async () => {
    expect((await parse()).documents[0]?.relations).toEqual([{ type: 'repeals', target: 'Directive 95/46/EC' }]);
  });
  it('numbers the recitals', async () => {
    const doc = (await parse()).documents[0];
    expect(doc?.passages.filter((p) => p.kind === 'recital').map((p) => p.number)).toEqual(['1', '2', '3']);
  });
  it('reads ### Article N with its bold title', async () => {
    const doc = (await parse()).documents[0];
    const one = doc?.passages.find((p) => p.kind === 'article' && p.number === '1');
    expect(one?.title).toBe('Subject-matter and objectives');
    expect(one?.path).toEqual(['CHAPTER I General provisions']);
  });
  it('keeps lettered points inside their article', async () => {
    const doc = (await parse()).documents[0];
    expect(doc?.passages.find((p) => p.kind === 'article' && p.number === '2')?.text).toContain(
      '(a) in the course of an activity',
    );
  });
});

describe('Markdown FAQ and dialect clean-up', () => {
  it('reads ## Question? headings as faq passages with the answer as text', async () => {
    const doc = (await parseText('faq.md', '---\ntitle: FAQ\n---\n\n## Why?\n\nBecause.\n\n## How？\n\n如此。\n'))
      .documents[0];
    expect(doc?.title).toBe('FAQ');
    expect(doc?.passages).toEqual([
      { kind: 'faq', title: 'Why?', text: 'Because.', path: [] },
      { kind: 'faq', title: 'How？', text: '如此。', path: [] },
    ]);
  });
  it('ignores # lines inside fenced code', async () => {
    const doc = (await parseText('faq.md', '# T\n\n## Q?\n\n```sh\n# not a heading\n```\n')).documents[0];
    expect(doc?.passages).toHaveLength(1);
    expect(doc?.passages[0]?.text).toBe('# not a heading');
  });
  it('removes HTML comments', async () => {
    const doc = (await parseText('a.md', '# T\n\n<!--\n# licence\n-->\n\nBody.\n')).documents[0];
    expect(doc?.passages.map((p) => p.text)).toEqual(['Body.']);
  });
  it('unwraps :::note fences and keeps their text', async () => {
    const doc = (await parseText('a.md', '# T\n\n:::note\n\nInner text.\n\n:::\n')).documents[0];
    expect(doc?.passages.map((p) => p.text)).toEqual(['Inner text.']);
  });
  it('removes MDX imports and component tags', async () => {
    const md =
      '# T\n\nimport Tabs from \'@theme/Tabs\';\n\n<Tabs>\n<TabItem value="a" label="A">\n\nTab body.\n\n</TabItem>\n</Tabs>\n';
    const doc = (await parseText('a.md', md)).documents[0];
    expect(doc?.passages.map((p) => p.text)).toEqual(['Tab body.']);
  });
  it('keeps only the first branch of a Liquid ifversion', async () => {
    const md =
      '# T\n\n{% ifversion ghes %}\n\n## Limits\n\nServer text.\n\n{% else %}\n\n## Limits\n\nCloud text.\n\n{% endif %}\n';
    const doc = (await parseText('a.md', md)).documents[0];
    expect(doc?.passages).toEqual([{ kind: 'section', title: 'Limits', text: 'Server text.', path: [] }]);
  });
  it('drops other Liquid tags', async () => {
    const doc = (await parseText('a.md', '# T\n\nUse {% data variables.product.name %}now.\n')).documents[0];
    expect(doc?.passages[0]?.text).toBe('Use now.');
  });
  it('replaces KumaScript macros by readable text', async () => {
    const md =
      '# T\n\nSee {{HTTPStatus(429)}} and {{HTTPHeader("Retry-After")}} for {{glossary("rate limit", "rate limiting")}}.{{Specifications}}\n';
    const doc = (await parseText('a.md', md)).documents[0];
    expect(doc?.passages[0]?.text).toBe('See 429 and Retry-After for rate limiting.');
  });
  it('makes a text with no heading a paragraph passage', async () => {
    const doc = (await parseText('a.md', 'Just text.\n')).documents[0];
    expect(doc?.passages).toEqual([{ kind: 'paragraph', text: 'Just text.', path: [] }]);
    expect(doc?.title).toBe('a');
  });
});
