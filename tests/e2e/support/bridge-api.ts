import type { KbApi } from '../../../shared/api';
import { createClient } from '../../../shared/rpc';
import type { ServeInfo } from './folio-server';

/**
 * The typed API of a running `folio serve`, called from the test process the way the page calls it
 * (POST /api/<method> with the token), every reply checked against the contract.
 *
 * @example const api = bridgeApi(server); const docs = await api.listDocuments({});
 */
export function bridgeApi(server: Pick<ServeInfo, 'port' | 'token'>): KbApi {
  return createClient(async (method, input) => {
    const reply = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify(input),
    });
    return reply.json();
  });
}

/** How often an import's status is asked for while a test waits for it. */
const importPollMs = 100;

/** Starts an import through the bridge, as the page would, and waits until the job has ended. */
export async function importThroughBridge(api: KbApi, paths: string[]): Promise<void> {
  const { jobId } = await api.startImport({ paths });
  while ((await api.importStatus({ jobId })).state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, importPollMs));
  }
}
