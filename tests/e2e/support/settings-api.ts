import type { Settings, SettingsPatch } from '../../../shared/settings';
import { bridgeApi } from './bridge-api';
import type { ServeInfo } from './folio-server';

/** Changes settings the way another window would (through the API), e.g. before a page loads. */
export function setSettings(server: Pick<ServeInfo, 'port' | 'token'>, patch: SettingsPatch): Promise<Settings> {
  return bridgeApi(server).setSettings({ patch });
}
