import type { Settings, SettingsPatch } from '../../../shared/settings';
import type { ServeInfo } from './folio-server';

/** Changes settings the way another window would (through the API), e.g. before a page loads. */
export async function setSettings(server: ServeInfo, patch: SettingsPatch): Promise<Settings> {
  const reply = await fetch(`http://127.0.0.1:${server.port}/api/setSettings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ patch }),
  });
  const body = (await reply.json()) as { ok: boolean; value: Settings };
  if (!body.ok) throw new Error(`setSettings refused: ${JSON.stringify(body)}`);
  return body.value;
}
