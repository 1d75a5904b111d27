import { afterEach, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import { corpusPath, hasCorpus, noCorpusReason } from '../../support/corpus';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { anchoredText, highlight } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const law2006 = corpusPath('cn-laws', '经济法', '反洗钱法(2006-10-31).md');
const law2024 = corpusPath('cn-laws', '经济法', '反洗钱法(2024-11-08).md');

/** Text the 2024 revision kept word for word, under new article numbers. */
const unchanged = [
  {
    from: '27',
    to: '46',
    quote: '中华人民共和国根据缔结或者参加的国际条约，或者按照平等互惠原则，开展反洗钱国际合作。',
  },
  { from: '4', to: '5', quote: '国务院反洗钱行政主管部门负责全国的反洗钱监督管理工作。' },
  { from: '7', to: '11', quote: '接受举报的机关应当对举报人和举报内容保密。' },
];

describe.skipIf(!hasCorpus)(`反洗钱法 2006 → 2024 (${hasCorpus ? 'cn-laws' : noCorpusReason})`, () => {
  it('moves highlights on unchanged articles to the 2024 law, exactly, although the articles were renumbered', async () => {
    service = await openTestService(tempDir(), false);
    await service.importNow([law2006], () => undefined);
    const [old] = await service.api.listDocuments({});
    for (const u of unchanged) await highlight(service, old!.id, u.from, u.quote);

    await service.importNow([law2024], () => undefined);

    const docs = await service.api.listDocuments({});
    const newer = docs.find((d) => d.sourceName.includes('2024'))!;
    const notes = await service.api.listNotes({});
    expect(notes.map((n) => [n.docId, n.status, n.anchor?.number])).toEqual(
      unchanged.map((u) => [newer.id, 'moved', u.to]),
    );
    expect(await Promise.all(notes.map((n) => anchoredText(service!, n)))).toEqual(unchanged.map((u) => u.quote));
    expect(notes.map((n) => n.previous?.number)).toEqual(unchanged.map((u) => u.from));
  });

  it('leaves notes on the 2024 law alone when the older 2006 law is imported after it', async () => {
    service = await openTestService(tempDir(), false);
    await service.importNow([law2024], () => undefined);
    const [newer] = await service.api.listDocuments({});
    const note = await highlight(service, newer!.id, '46', unchanged[0]!.quote);

    await service.importNow([law2006], () => undefined);

    expect(await service.api.listNotes({})).toEqual([note]);
  });
});
