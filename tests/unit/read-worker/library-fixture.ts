import { cpSync } from 'node:fs';
import path from 'node:path';
import { createKbService, type KbService } from '../../../electron/core/service';
import { corpusPath, hasCorpus } from '../../support/corpus';
import { openTestService, resourcesDir } from '../../support/service';
import { docByTitle, highlight, noticeTitle } from '../notes/helpers';

/** Two dated versions of one law from the shared corpus (a comparison, a supersede, cross-references). */
export const cnLawsSample = hasCorpus
  ? [
      corpusPath('cn-laws', '经济法', '反洗钱法(2006-10-31).md'),
      corpusPath('cn-laws', '经济法', '反洗钱法(2024-11-08).md'),
    ]
  : [];

/**
 * Builds, in `dataDir`, the seed plus the cn-laws sample with notes in two layers and a
 * pack, then closes it: a library to copy, so two services can open identical copies.
 */
export async function buildAnnotatedLibrary(dataDir: string): Promise<void> {
  const service = await openTestService(dataDir);
  try {
    if (cnLawsSample.length > 0) await service.importNow(cnLawsSample, () => undefined);
    const notice = await docByTitle(service, noticeTitle);
    await highlight(service, notice.id, '1', 'Virtual currency does not possess', {
      note: 'Legal status',
      tags: ['status'],
    });
    const b = await highlight(service, notice.id, '2', 'Tokenization of Real-World Assets', { tags: ['rwa'] });
    await service.api.editNote({ id: b.id, layer: 'trainer' });
    await service.api.addBookmark({ docId: notice.id, passageId: notice.passages[6]!.id, note: 'come back' });
    await service.api.createPack({ name: 'RWA session', layer: 'trainer' });
    await service.api.addPackItem({ pack: 'RWA session', item: { kind: 'note', noteId: b.id, text: 'Start here' } });
    await service.api.addPackItem({
      pack: 'RWA session',
      item: { kind: 'passage', docId: notice.id, passageId: notice.passages[3]!.id },
    });
  } finally {
    await service.close();
  }
}

/** A copy of a closed library folder. */
export function copyLibrary(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return path.resolve(to);
}

/**
 * Two identical copies of the closed library in `built`, opened under `root`: `here` serves on
 * this thread (as the CLI does), `there` reads on the read worker (as the app and the bridge do).
 */
export async function openBothWays(built: string, root: string): Promise<{ here: KbService; there: KbService }> {
  const here = await openTestService(copyLibrary(built, path.join(root, 'here')), false);
  const there = await createKbService({
    dataDir: copyLibrary(built, path.join(root, 'there')),
    resourcesDir,
    appVersion: '0.0.0-test',
    importOn: 'worker',
    seedEmptyLibrary: false,
  });
  return { here, there };
}

/** A call's outcome as data, so a reply and a refusal compare alike. */
export async function outcome<T>(call: Promise<T>): Promise<{ value: T } | { error: string }> {
  try {
    return { value: await call };
  } catch (error) {
    return { error: (error as { code?: string }).code ?? 'THROWN' };
  }
}

export type { KbService };
