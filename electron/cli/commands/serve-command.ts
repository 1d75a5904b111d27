import { existsSync } from 'node:fs';
import path from 'node:path';
import { KbError } from '../../../shared/errors';
import { startBridge } from '../../bridge/server';
import { assertAllowedFolders, createPathAllowList } from '../../core/import/path-allow-list';
import { createKbService } from '../../core/service';
import { appVersion, rendererDir, resourcesDir } from '../app-paths';
import type { CliArgs } from '../args';
import { onStopSignal } from '../stop-signal';

type Print = (text: string) => void;

/** Serves the reader on loopback until interrupted; prints the URL (or one JSON line with --json). */
export async function serveCommand(args: CliArgs, print: Print): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new KbError('NOT_FOUND', `The reader is not built (${rendererDir} is missing): run npm run build`);
  }
  assertAllowedFolders(args.allow);
  // The browser door imports only from the folders named with --allow (none by default).
  const allowList = createPathAllowList(args.allow);
  const service = await createKbService({
    dataDir: args.dataDir,
    resourcesDir,
    appVersion: appVersion(),
    importOn: 'worker',
    seedEmptyLibrary: true,
    importPolicy: (paths) => allowList.check(paths),
    ...(args.maxFileMb ? { maxFileBytes: args.maxFileMb * 1024 * 1024 } : {}),
    automaticBackups: true,
  });
  const bridge = await startBridge({
    api: service.api,
    events: service.events,
    staticDir: rendererDir,
    port: args.port ?? 0,
  });
  if (args.json) print(JSON.stringify({ url: bridge.url, port: bridge.port, token: bridge.token }));
  else {
    print(`Folio is serving the library in ${args.dataDir}`);
    print(`Open ${bridge.url}`);
    print('Press Ctrl+C to stop.');
  }
  let stopListening = () => {};
  await new Promise<void>((resolve) => {
    stopListening = onStopSignal(() => resolve());
  });
  // Closing cancels a running import (a stuck worker is terminated after a grace period).
  await bridge.close();
  await service.close();
  stopListening();
}
