import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { KbEvent } from '../../../shared/events';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();
const seedFile = path.resolve(__dirname, '../../../resources/seed/weex-api-access-faq-and-pboc-notice.txt');

describe('events the core pushes', () => {
  test('setSettings returns the new settings and emits settingsChanged with them', async () => {
    const service = await openTestService(tempDir(), false);
    const seen: KbEvent[] = [];
    service.events.subscribe((event) => seen.push(event));
    const next = await service.api.setSettings({ patch: { theme: 'dark' } });
    await service.close();
    expect([next, seen]).toEqual([
      { fontScale: 1, theme: 'dark', uiLanguage: 'system' },
      [{ name: 'settingsChanged', payload: { fontScale: 1, theme: 'dark', uiLanguage: 'system' } }],
    ]);
  });
  test('an import job reports running, then each file, then done; then the library changed', async () => {
    const service = await openTestService(tempDir(), false);
    const seen: KbEvent[] = [];
    service.events.subscribe((event) => seen.push(event));
    const finished = new Promise<void>((resolve) =>
      service.events.subscribe((event) => {
        if (event.name === 'importProgress' && event.payload.state !== 'running') resolve();
      }),
    );
    const { jobId } = await service.api.startImport({ paths: [seedFile] });
    // close() cancels running imports, so the job must end first.
    await finished;
    await service.close();
    const progress = seen.filter((e) => e.name === 'importProgress').map((e) => e.payload);
    const changed = seen.filter((e) => e.name === 'libraryChanged');
    expect({
      jobs: [...new Set(progress.map((p) => p.jobId))],
      first: progress[0]?.state,
      last: [progress.at(-1)?.state, progress.at(-1)?.filesDone, progress.at(-1)?.report?.added],
      changedDocs: changed.map((e) => (e.name === 'libraryChanged' ? e.payload.docIds.length : 0)),
      order:
        seen.map((e) => e.name).lastIndexOf('libraryChanged') < seen.map((e) => e.name).lastIndexOf('importProgress'),
    }).toEqual({ jobs: [jobId], first: 'running', last: ['done', 1, 1], changedDocs: [2], order: true });
  });
  test('re-importing an unchanged file emits no libraryChanged', async () => {
    const service = await openTestService(tempDir(), false);
    await service.importNow([seedFile], () => undefined);
    const seen: string[] = [];
    service.events.subscribe((event) => seen.push(event.name));
    await service.importNow([seedFile], () => undefined);
    await service.close();
    expect(seen).toEqual([]);
  });
});
