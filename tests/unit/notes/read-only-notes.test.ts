import { closeSync, openSync, writeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { userStorePath } from '../../../electron/core/notes/user-store';
import type { KbService } from '../../../electron/core/service';
import { KbError } from '../../../shared/errors';
import { openTestService } from '../../support/service';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';
import { docByTitle, highlight, noticeTitle } from './helpers';

const tempDir = tempDirsCleanedAfterEachTest();
let service: KbService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** Overwrites three pages in the middle of the file with garbage (as backups.test.ts does). */
function corrupt(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 3, 0xa5), 0, 4096 * 3, 4096 * 2);
  closeSync(fd);
}

describe('saving a note while the user store is open read-only', () => {
  it('is refused with READ_ONLY (the renderer words why), not INTERNAL', async () => {
    const data = tempDir();
    service = await openTestService(data);
    const notice = await docByTitle(service, noticeTitle);
    for (let i = 0; i < 40; i++) await highlight(service, notice.id, '2', 'Tokenization', { note: 'x'.repeat(400) });
    await service.close();
    corrupt(userStorePath(data));
    service = await openTestService(data);

    const error = await highlight(service, notice.id, '2', 'Tokenization').catch((e: unknown) => e);

    expect((await service.api.notesHealth({})).readOnly).toBe(true);
    expect(error).toBeInstanceOf(KbError);
    expect((error as KbError).code).toBe('READ_ONLY');
  });
});
