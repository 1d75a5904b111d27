import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../electron/core/law/compare';
import { chineseToInt } from '../../../electron/core/text/numerals';
import type { Passage } from '../../../shared/model';
import { hasCorpus, noCorpusReason } from '../../support/corpus';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { aml2006, aml2024, docIdBySource, libraryOf } from './library';

const tempDir = tempDirsCleanedAfterEachTest();

const art = (number: string, text: string): Passage => ({
  id: `p${number}:${text.length}`,
  kind: 'article',
  number,
  text,
});

describe('comparing two versions article by article', () => {
  it('the same text under a new number is renumbered, not removed and added', () => {
    const result = compareArticles(
      [art('1', '甲规定。'), art('2', '乙规定内容较长。')],
      [art('1', '新增的条文完全不同。'), art('2', '甲规定。'), art('3', '乙规定内容较长。')],
    );
    expect(result.articles.map((a) => [a.number, a.status, a.to])).toEqual([
      ['1', 'renumbered', '2'],
      ['2', 'renumbered', '3'],
      ['1', 'added', undefined],
    ]);
  });

  it('blank lines and ： for : are no change', () => {
    const result = compareArticles([art('1', '定义如下：\n\n甲')], [art('1', '定义如下:\n甲')]);
    expect(result.counts).toEqual({ unchanged: 1, renumbered: 0, changed: 0, removed: 0, added: 0 });
  });

  // 11 character pairs shared of 17 + 19 (the title separator included): 22 / 36.
  it('an edited article is changed, with its likeness', () => {
    const result = compareArticles(
      [art('3', '金融机构应当建立客户身份识别制度。')],
      [art('3', '金融机构应当建立健全客户尽职调查制度。')],
    );
    expect(result.articles.map((a) => [a.status, a.to, a.similarity])).toEqual([['changed', '3', 0.611]]);
  });
});

/** Articles straight from a cn-laws file: "第X条 text" paragraphs, continuation paragraphs joined. */
function articlesOf(file: string): Map<number, string> {
  const body = readFileSync(file, 'utf8').split('<!-- INFO END -->')[1] as string;
  const out = new Map<number, string>();
  let current: number | null = null;
  for (const line of body.split('\n')) {
    const m = /^第([一二三四五六七八九十百零]+)条[ \u3000](.*)$/.exec(line);
    if (m) {
      current = chineseToInt(m[1] as string) as number;
      out.set(current, m[2] as string);
    } else if (current !== null && line.trim() !== '' && !line.startsWith('#')) {
      out.set(current, `${out.get(current)}${line}`);
    }
  }
  return out;
}

describe.skipIf(!hasCorpus)(`反洗钱法 2006 → 2024 (${hasCorpus ? 'corpus' : noCorpusReason})`, () => {
  it('counts match an independent reading of the two files', async () => {
    const older = articlesOf(aml2006);
    const newer = articlesOf(aml2024);
    const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    const newerByText = new Map([...newer].map(([n, t]) => [squeeze(t), n]));
    let unchanged = 0;
    let renumbered = 0;
    for (const [n, text] of older) {
      const at = newerByText.get(squeeze(text));
      if (at === n) unchanged++;
      else if (at !== undefined) renumbered++;
    }
    const service = await libraryOf(tempDir(), [aml2006, aml2024]);
    const id = await docIdBySource(service, '反洗钱法(2006-10-31).md');
    const comparison = await service.api.compareVersions({ id });
    await service.close();
    const c = comparison.counts;
    expect({
      olderArticles: c.unchanged + c.renumbered + c.changed + c.removed,
      newerArticles: c.unchanged + c.renumbered + c.changed + c.added,
      unchanged: c.unchanged,
      renumbered: c.renumbered,
    }).toEqual({ olderArticles: older.size, newerArticles: newer.size, unchanged, renumbered });
  });

  it('an article kept word for word under a new number shows as renumbered', async () => {
    const service = await libraryOf(tempDir(), [aml2006, aml2024]);
    const id = await docIdBySource(service, '反洗钱法(2006-10-31).md');
    const comparison = await service.api.compareVersions({ id });
    await service.close();
    expect(comparison.articles.filter((a) => a.status === 'renumbered').map((a) => [a.number, a.to])).toEqual([
      ['27', '46'],
    ]);
  });

  it('a re-imported changed file is a second version compared with the first', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    const file = `${dir}/law.md`;
    writeFileSync(file, '# 示例法\n\n第一条 甲。\n\n第二条 乙规定。\n');
    const service = await libraryOf(`${dir}/lib`, [file]);
    writeFileSync(file, '# 示例法\n\n第一条 甲。\n\n第二条 新条文。\n\n第三条 乙规定。\n');
    await service.importNow([file], () => {});
    const id = await docIdBySource(service, 'law.md');
    const comparison = await service.api.compareVersions({ id });
    await service.close();
    expect([comparison.from.ref, comparison.to.ref, comparison.counts]).toEqual([
      '1',
      '2',
      { unchanged: 1, renumbered: 1, changed: 0, removed: 0, added: 1 },
    ]);
  });
});
