import { defaultSettings, type Settings, settingsFrom } from '../../../shared/settings';

const cacheKey = 'folio.settings';

/**
 * The last settings this page saw, read synchronously before the first paint so the theme,
 * language and font size are right from the first frame; the library's copy then reconciles.
 */
export function readCachedSettings(storage: Pick<Storage, 'getItem'>): Settings {
  try {
    const raw = storage.getItem(cacheKey);
    return (raw && settingsFrom(JSON.parse(raw))) || defaultSettings;
  } catch {
    return defaultSettings;
  }
}

export function cacheSettings(storage: Pick<Storage, 'setItem'>, settings: Settings): void {
  try {
    storage.setItem(cacheKey, JSON.stringify(settings));
  } catch {
    // storage full or disabled: the next start reconciles from the library anyway
  }
}
