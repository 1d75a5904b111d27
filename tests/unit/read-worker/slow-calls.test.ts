import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadWorker } from '../../../electron/core/read-worker/read-worker';
import { createKbService, type KbService } from '../../../electron/core/service';
import { resourcesDir } from '../../support/service';
import { buildAnnotatedLibrary } from './library-fixture';
import { multiplyNotes } from './many-notes';

/** Copies of each note: 1,200 notes, whose HTML export takes seconds (about 2 s idle) against milliseconds for a search. */
const noteCopies = 400;
/** Far below the export's time, far above a document list's (a few milliseconds). */
const impatientMs = 300;

let dir: string;
let service: KbService;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'folio-slow-calls-'));
  await buildAnnotatedLibrary(dir);
  service = await createKbService({
    dataDir: dir,
    resourcesDir,
    appVersion: '0.0.0-test',
    importOn: 'worker',
    seedEmptyLibrary: false,
  });
  await multiplyNotes(service, noteCopies);
  // Start every worker first: the race below is between calls, not between thread start-ups.
  await service.api.search({ query: 'rate limits' });
  await service.api.listDocuments({});
  await service.api.exportPack({ pack: 'RWA session', format: 'md' });
}, 120_000);
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a long call never blocks the others', () => {
  it('a search, a document and suggestions are answered while a long export runs', async () => {
    let exported = false;
    const exporting = service.api.exportNotes({ format: 'html' }).then((reply) => {
      exported = true;
      return reply;
    });
    expect((await service.api.search({ query: 'rate limits' })).hits.length).toBeGreaterThan(0);
    const [first] = await service.api.listDocuments({});
    expect((await service.api.getDocument({ id: first!.id })).passages.length).toBeGreaterThan(0);
    expect((await service.api.suggest({ prefix: 'virt' })).length).toBeGreaterThan(0);
    expect(exported).toBe(false);
    expect((await exporting).text).toContain('Virtual currency does not possess');
  });
});

describe('a call queued too long', () => {
  it('fails with BUSY without running, and the call ahead of it is still answered', async () => {
    const lane = new ReadWorker({ dataDir: dir, stuckMs: 60_000, maxWaitMs: impatientMs });
    try {
      await lane.call('listDocuments', {});
      const long = lane.call('exportNotes', { format: 'html' });
      await expect(lane.call('listDocuments', {})).rejects.toMatchObject({ code: 'BUSY' });
      expect((await long).text).toContain('Virtual currency does not possess');
    } finally {
      await lane.close();
    }
  });
});

describe('a stuck read', () => {
  it('is cut off with CANCELLED, and the next call on the same worker (restarted) is answered', async () => {
    const impatient = new ReadWorker({ dataDir: dir, stuckMs: impatientMs });
    try {
      await expect(impatient.call('exportNotes', { format: 'html' })).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await impatient.call('listDocuments', {})).toEqual(await service.api.listDocuments({}));
    } finally {
      await impatient.close();
    }
  });
  it('fails alone: the calls queued behind it are answered by the fresh worker', async () => {
    const impatient = new ReadWorker({ dataDir: dir, stuckMs: impatientMs });
    try {
      const stuck = impatient.call('exportNotes', { format: 'html' });
      const queued = impatient.call('listDocuments', {});
      await expect(stuck).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(await queued).toEqual(await service.api.listDocuments({}));
    } finally {
      await impatient.close();
    }
  });
  it('a refusal in the worker arrives as its typed error', async () => {
    await expect(service.api.getDocument({ id: 'no-such-document' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
