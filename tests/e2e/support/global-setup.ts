import { env } from './env';
import { startFolioServer } from './folio-server';

/**
 * Starts one `folio serve` on a fresh data dir for the whole run and hands its URL to the
 * tests through FOLIO_E2E_URL. If FOLIO_E2E_URL is already set, that server is used as is.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[env.url]) return;
  const server = await startFolioServer();
  process.env[env.url] = server.url;
  process.env[env.pid] = String(server.child.pid ?? '');
  process.env[env.dataDir] = server.dataDir;
  server.child.unref();
}
