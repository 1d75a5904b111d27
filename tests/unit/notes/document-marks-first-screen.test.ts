import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KbService } from '../../../electron/core/service';
import type { DocumentReply } from '../../../shared/api';
import { unpackMarks } from '../../../shared/packed-marks';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

/** 120 articles of about 600 characters: long enough (72,000 characters) to be sent as a first screen first. */
function longRegulation(): string {
  const articles = Array.from(
    { length: 120 },
    (_, i) =>
      `Article ${i + 1}\n${`Rule ${i + 1} of the long regulation applies to every payment service. `.repeat(9)}`,
  );
  return `Long Regulation\n\n${articles.join('\n\n')}\n`;
}

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService;
let doc: DocumentReply;
beforeEach(async () => {
  const dir = tempDir();
  const file = path.join(dir, 'long-regulation.txt');
  writeFileSync(file, longRegulation());
  service = await openTestService(path.join(dir, 'data'), false);
  await service.importNow([file], () => undefined);
  const [summary] = await service.api.listDocuments({});
  doc = await service.api.getDocument({ id: summary!.id });
});
afterEach(async () => {
  await service.close();
});

const article = (number: string) => {
  const passage = doc.passages.find((p) => p.number === number);
  if (!passage) throw new Error(`no article ${number}`);
  return passage;
};

async function highlightStartOf(number: string) {
  return service.api.addHighlight({ docId: doc.id, passageId: article(number).id, start: 0, end: 4 });
}

describe('documentMarks for a first screen', () => {
  it('without firstScreen, gives the marks of the whole document', async () => {
    const first = await highlightStartOf('1');
    const hundredth = await highlightStartOf('100');
    const marks = unpackMarks(await service.api.documentMarks({ docId: doc.id }));
    expect(marks.map((m) => m.id)).toEqual([first.id, hundredth.id]);
  });

  it('opened at the top, gives only the marks on the passages getDocument sends as that first screen', async () => {
    const first = await highlightStartOf('1');
    await highlightStartOf('100');
    const screen = await service.api.getDocument({ id: doc.id, firstScreen: {} });
    const marks = unpackMarks(await service.api.documentMarks({ docId: doc.id, firstScreen: {} }));
    expect(screen.window).toEqual({ start: 0, total: 120 });
    expect(marks.map((m) => m.id)).toEqual([first.id]);
    expect(screen.passages.map((p) => p.id)).toContain(marks[0]!.passageId);
  });

  it('opened at a passage, gives the marks on the screen around it', async () => {
    await highlightStartOf('1');
    const hundredth = await highlightStartOf('100');
    const around = article('100').id;
    const marks = unpackMarks(await service.api.documentMarks({ docId: doc.id, firstScreen: { around } }));
    expect(marks.map((m) => m.id)).toEqual([hundredth.id]);
  });
});
