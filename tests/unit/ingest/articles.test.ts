import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/ingest/parse-file';
import { fixture, parseText } from './helpers';

const articles = async (name: string, text: string) =>
  (await parseText(name, text)).documents[0]?.passages
    .filter((p) => p.kind === 'article')
    .map((p) => ({ number: p.number, ...(p.title ? { title: p.title } : {}), text: p.text }));

describe('第X条 without a following space', () => {
  it('starts an article when the number follows the previous article', async () => {
    const md = '# 解释\n\n第二百九十九条 合议庭成员应当签名。\n\n第三百条裁判文书应当写明裁判依据。\n';
    expect(await articles('a.md', md)).toEqual([
      { number: '299', text: '合议庭成员应当签名。' },
      { number: '300', text: '裁判文书应当写明裁判依据。' },
    ]);
  });
  it('does not start one when the number is out of sequence', async () => {
    const md = '# 解释\n\n第一条 甲。\n\n第三百条裁判文书应当写明裁判依据。\n';
    expect((await articles('a.md', md))?.map((a) => a.number)).toEqual(['1']);
  });
  it('does not start one at a mention such as 第二条规定 or 第二条第一款', async () => {
    const md = '# 解释\n\n第一条 甲。\n\n第二条规定的情形。\n\n第二条第一款的情形。\n';
    expect((await articles('a.md', md))?.map((a) => a.number)).toEqual(['1']);
  });
});

describe('English article lines in every format', () => {
  it('reads "Article N", "Art. N: text" and "Article N Title" lines in plain text', async () => {
    const txt =
      'Folio Notice\n\nArticle 1\nEvery request counts towards the hourly rate limit.\nArt. 2: Clients that exceed the limit receive status 429 and must wait.\nArticle 3 Entry into force\nThis notice applies from 1 March 2026.\n';
    expect(await articles('a.txt', txt)).toEqual([
      { number: '1', text: 'Every request counts towards the hourly rate limit.' },
      { number: '2', text: 'Clients that exceed the limit receive status 429 and must wait.' },
      { number: '3', title: 'Entry into force', text: 'This notice applies from 1 March 2026.' },
    ]);
  });
  it('reads "§ N" lines in HTML paragraphs', async () => {
    const html = '<h1>Reg</h1><p>§ 12 Definitions</p><p>Terms used here.</p><p>§ 13</p><p>Scope text.</p>';
    expect(await articles('a.html', html)).toEqual([
      { number: '12', title: 'Definitions', text: 'Terms used here.' },
      { number: '13', text: 'Scope text.' },
    ]);
  });
  it('does not read a sentence that cites an article as one', async () => {
    const txt = 'Folio Notice\n\nArticle 5 of the Regulation applies to every request made after this date.\n';
    expect(await articles('a.txt', txt)).toEqual([]);
  });
});

describe('DOCX styles (fixture styled-title.docx, made by pandoc)', () => {
  const parse = () => parseFile({ name: 'styled-title.docx', bytes: fixture('styled-title.docx') });
  it('takes the title from Word’s Title style', async () => {
    expect((await parse()).documents[0]?.title).toBe('Folio Styled Notice');
  });
  it('puts Heading 1 chapters in the path and reads Article lines in Normal paragraphs', async () => {
    const doc = (await parse()).documents[0];
    expect(doc?.passages.map((p) => ({ kind: p.kind, number: p.number, title: p.title, path: p.path }))).toEqual([
      { kind: 'article', number: '1', title: undefined, path: ['Chapter I General provisions'] },
      { kind: 'article', number: '2', title: undefined, path: ['Chapter I General provisions'] },
      { kind: 'article', number: '3', title: 'Entry into force', path: ['Chapter II Final provisions'] },
    ]);
  });
  it('gives the same articles as the Markdown it was converted from', async () => {
    const fromDocx = (await parse()).documents[0]?.passages.map((p) => [p.number, p.text]);
    const fromMd = (
      await parseFile({ name: 'styled-title.md', bytes: fixture('styled-title.md') })
    ).documents[0]?.passages.map((p) => [p.number, p.text]);
    expect(fromDocx).toEqual(fromMd);
  });
});
