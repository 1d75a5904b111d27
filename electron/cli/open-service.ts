import { createKbService, type KbService } from '../core/service';
import { appVersion, resourcesDir } from './app-paths';

/** The core as the CLI uses it: imports on this thread (the CLI is its own process). */
export function openService(dataDir: string, seedEmptyLibrary: boolean, maxFileMb?: number): Promise<KbService> {
  return createKbService({
    ...(maxFileMb ? { maxFileBytes: maxFileMb * 1024 * 1024 } : {}),
    dataDir,
    resourcesDir,
    appVersion: appVersion(),
    importOn: 'this-thread',
    seedEmptyLibrary,
  });
}
