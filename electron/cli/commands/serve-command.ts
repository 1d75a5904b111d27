import { existsSync } from 'node:fs';
import path from 'node:path';
import { KbError } from '../../../shared/errors';
import { startBridge } from '../../bridge/server';
import { createKbService } from '../../core/service';
import { appVersion, rendererDir, resourcesDir } from '../app-paths';
import type { CliArgs } from '../args';

type Print = (text: string) => void;

/** Serves the reader on loopback until interrupted; prints the URL (or one JSON line with --json). */
export async function serveCommand(args: CliArgs, print: Print): Promise<void> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new KbError('NOT_FOUND', `The reader is not built (${rendererDir} is missing): run npm run build`);
  }
  const service = await createKbService({
    dataDir: args.dataDir,
    resourcesDir,
    appVersion: appVersion(),
    importOn: 'worker',
    seedEmptyLibrary: true,
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
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bridge.close();
  await service.close();
}
