import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { importFiles } from '../../../electron/core/import/import-files';
import type { KbService } from '../../../electron/core/service';
import { foldWidth } from '../../../electron/core/text/normalize';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { anchoredText, docByTitle, highlight, noticeTitle, reimportEdited, serviceWithSeedCopy } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

const tokenSentence =
  'Tokenization of Real-World Assets refers to the use of encryption technology and distributed ledger or similar technologies to transform ownership rights, income rights, etc., of assets into tokens (tokens) or other interests or bond certificates with token (token) characteristics, and carry out issuance and trading activities.';
const editedTokenSentence = tokenSentence.replace('encryption technology', 'cryptographic technology');
const removedSentence =
  "The people's governments at the provincial level are overall responsible for the prevention and disposal of risks related to virtual currencies and the tokenization of real-world assets in their respective administrative regions.";
const keptSentence = 'Virtual currency does not possess the legal status equivalent to fiat currency.';

/** Article (II) moves after (III) (the two swap numbers), its sentence is reworded; one sentence of (IV) goes. */
function editedSeed(original: string): string {
  const lines = original.split('\n');
  const ii = lines.findIndex((l) => l.startsWith('(II)Tokenization'));
  const iii = lines.findIndex((l, i) => i > ii && l.startsWith('(III) Inter-agency'));
  const blockII = lines
    .slice(ii, iii)
    .map((l) => l.replace('(II)', '(III) ').replace(tokenSentence, editedTokenSentence));
  const blockIII = lines.slice(iii, iii + (iii - ii)).map((l) => l.replace('(III) ', '(II) '));
  const edited = [...lines.slice(0, ii), ...blockIII, ...blockII, ...lines.slice(iii + (iii - ii))].join('\n');
  return edited.replaceAll(` ${removedSentence}`, '').replaceAll(tokenSentence, editedTokenSentence);
}

describe('re-anchoring highlights on the seed notice when a changed copy is re-imported', () => {
  it('lists the reworded, moved sentence of article (II) as changed, on its new article, with the old wording kept', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '2', tokenSentence, { note: 'RWA definition', tags: ['rwa'] });

    await reimportEdited(service, opened.copy, editedSeed(readFileSync(opened.copy, 'utf8')));

    const [after] = await service.api.listNotes({});
    expect(after).toMatchObject({
      id: note.id,
      status: 'changed',
      needsReview: true,
      note: 'RWA definition',
      tags: ['rwa'],
    });
    expect(after!.anchor!.number).toBe('3');
    expect(await anchoredText(service, after!)).toBe(editedTokenSentence);
    expect(after!.previous).toMatchObject({ exact: tokenSentence, number: '2', version: 1 });
    const review = await service.api.noteReview({ id: note.id });
    expect([review.before?.version, review.before?.number, review.after?.version, review.after?.number]).toEqual([
      1,
      '2',
      2,
      '3',
    ]);
    expect(review.before!.text.startsWith(tokenSentence)).toBe(true);
    expect(review.after!.text.startsWith(editedTokenSentence)).toBe(true);
  });

  it('orphans a highlight on a removed sentence and keeps its text readable', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '4', removedSentence);

    await reimportEdited(service, opened.copy, editedSeed(readFileSync(opened.copy, 'utf8')));

    const queue = await service.api.notesReviewQueue({});
    expect(queue.map((n) => [n.id, n.status, n.quote!.exact])).toEqual([[note.id, 'orphaned', removedSentence]]);
    expect(queue[0]!.version).toBe(1);
    const review = await service.api.noteReview({ id: note.id });
    expect([review.before?.version, review.before?.text.includes(removedSentence), review.after]).toEqual([
      1,
      true,
      undefined,
    ]);
  });

  it('keeps a highlight on unchanged text anchored and out of the review queue', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '1', keptSentence);

    await reimportEdited(service, opened.copy, editedSeed(readFileSync(opened.copy, 'utf8')));

    const [after] = await service.api.listNotes({});
    expect(after).toMatchObject({ id: note.id, status: 'anchored', needsReview: false, version: 2 });
    expect(await anchoredText(service, after!)).toBe(keptSentence);
    expect(await service.api.notesReviewQueue({})).toEqual([]);
  });

  it('catches up at start when a new version arrived without re-anchoring (e.g. a crash in between)', async () => {
    const data = tempDir();
    const opened = await serviceWithSeedCopy(data, tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    const note = await highlight(service, notice.id, '2', tokenSentence);
    await service.close();
    service = undefined;
    writeFileSync(opened.copy, editedSeed(readFileSync(opened.copy, 'utf8')));
    const library = openDatabase(data);
    await importFiles(library, [{ file: opened.copy, sourcePath: opened.copy }]);
    library.close();

    service = await openTestService(data, false);

    const [after] = await service.api.listNotes({});
    expect([after!.id, after!.status, after!.version, after!.anchor!.number]).toEqual([note.id, 'changed', 2, '3']);
  });

  it('re-anchors every highlight exactly after a formatting-only change (blank lines, ： for :)', async () => {
    const opened = await serviceWithSeedCopy(tempDir(), tempDir());
    service = opened.service;
    const notice = await docByTitle(service, noticeTitle);
    const withColon = notice.passages.find((p) => p.text.includes(':'))!;
    const colonAt = withColon.text.indexOf(':');
    const quotes = [tokenSentence, removedSentence, keptSentence];
    const numbers = ['2', '4', '1'];
    for (const [i, q] of quotes.entries()) await highlight(service, notice.id, numbers[i]!, q);
    const colonQuote = withColon.text.slice(Math.max(0, colonAt - 10), colonAt + 1);
    await service.api.addHighlight({
      docId: notice.id,
      passageId: withColon.id,
      start: Math.max(0, colonAt - 10),
      end: colonAt + 1,
    });
    const original = readFileSync(opened.copy, 'utf8');
    // One new sentence in the closing paragraph makes a new version; the rest differs only in formatting.
    const reformatted = original
      .split('\n')
      .map((line) => (line === noticeTitle ? line : line.replaceAll(':', '：')))
      .join('\n\n')
      .replaceAll('upon the date of its issuance.', 'upon the date of its issuance. It was reissued.');

    await reimportEdited(service, opened.copy, reformatted);

    const notes = await service.api.listNotes({});
    expect(notes.map((n) => n.status)).toEqual(['anchored', 'anchored', 'anchored', 'anchored']);
    expect(notes.map((n) => n.version)).toEqual([2, 2, 2, 2]);
    const texts = await Promise.all(notes.map((n) => anchoredText(service!, n)));
    expect(texts.map(foldWidth)).toEqual([tokenSentence, removedSentence, keptSentence, colonQuote]);
  });
});
