import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { defaultSettings, type Settings, type SettingsPatch, settingsFrom } from '../../../shared/settings';

/** The settings file inside the data folder. */
export const settingsFileName = 'settings.json';

export interface SettingsStore {
  get(): Settings;
  /** Applies the patch, writes the file atomically, returns the new settings. */
  set(patch: SettingsPatch): Settings;
}

/** Moves an unreadable settings file aside (kept for the user), so defaults can be written fresh. */
function keepAside(file: string): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  renameSync(file, `${file}.corrupt-${stamp}`);
}

function readSettingsFile(file: string): Settings {
  if (!existsSync(file)) return defaultSettings;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    keepAside(file);
    return defaultSettings;
  }
  const settings = settingsFrom(parsed);
  if (!settings) {
    keepAside(file);
    return defaultSettings;
  }
  return settings;
}

/** Write to a temporary file, flush it, then rename over the old one: a crash leaves the old or the new file. */
function writeAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * The user's settings as a small JSON file in the data folder. A file that is not JSON or
 * not an object is kept aside as `settings.json.corrupt-<time>` and defaults are used; a
 * single invalid value falls back to its default.
 */
export function openSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, settingsFileName);
  let current = readSettingsFile(file);
  return {
    get: () => current,
    set(patch) {
      const next = settingsFrom({ ...current, ...patch }) ?? defaultSettings;
      writeAtomically(file, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
      return current;
    },
  };
}
