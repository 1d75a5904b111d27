import { createKbService, type KbService } from '../core/service';
import { appVersion, resourcesDir } from './app-paths';

/** The core as the CLI uses it: imports on this thread (the CLI is its own process). */
export function openService(dataDir: string, seedEmptyLibrary: boolean): Promise<KbService> {
  return createKbService({
    dataDir,
    resourcesDir,
    appVersion: appVersion(),
    importOn: 'this-thread',
    seedEmptyLibrary,
  });
}
