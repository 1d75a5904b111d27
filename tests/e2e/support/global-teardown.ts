import { env } from './env';
import { stopFolioServer } from './folio-server';

/** Stops the server the global setup started (nothing to do when FOLIO_E2E_URL came from outside). */
export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env[env.pid]);
  await stopFolioServer(Number.isInteger(pid) && pid > 0 ? pid : undefined, process.env[env.dataDir]);
}
