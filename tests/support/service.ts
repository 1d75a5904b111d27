import path from 'node:path';
import { createKbService, type KbService } from '../../electron/core/service';

export const resourcesDir = path.resolve(__dirname, '..', '..', 'resources');

/** The real core on a fresh library in `dataDir`, seeded with the embedded library. */
export function openTestService(dataDir: string, seedEmptyLibrary = true): Promise<KbService> {
  return createKbService({
    dataDir,
    resourcesDir,
    appVersion: '0.0.0-test',
    importOn: 'this-thread',
    seedEmptyLibrary,
  });
}
