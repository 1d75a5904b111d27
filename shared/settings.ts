import { z } from 'zod';

/** A number the user picks in a range; `step` is what the dialog's control moves by. */
interface NumberSetting {
  type: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  /** i18n key of the label the settings dialog shows. */
  labelKey: string;
}

/** One of a closed list; each choice is labelled `${labelKey}.${choice}`. */
interface ChoiceSetting<C extends string> {
  type: 'choice';
  choices: readonly [C, ...C[]];
  default: C;
  labelKey: string;
}

function numberSetting(setting: Omit<NumberSetting, 'type'>) {
  const declared: NumberSetting = { type: 'number', ...setting };
  return { ...declared, schema: z.number().min(setting.min).max(setting.max) };
}

function choiceSetting<const C extends string>(setting: Omit<ChoiceSetting<C>, 'type'>) {
  const declared: ChoiceSetting<C> = { type: 'choice', ...setting };
  return { ...declared, schema: z.enum(setting.choices) };
}

/**
 * Every user setting, declared once: type, default, range and label. The schema, the
 * settings file, the dialog and the first-paint code all read this table.
 */
export const settingDeclarations = {
  /** Multiplies the reader's and the UI's base font size. */
  fontScale: numberSetting({ default: 1, min: 0.8, max: 1.6, step: 0.1, labelKey: 'settings.fontScale' }),
  theme: choiceSetting({ choices: ['system', 'light', 'dark'], default: 'system', labelKey: 'settings.theme' }),
  /** 'system' follows the OS (browser) locale. */
  uiLanguage: choiceSetting({ choices: ['system', 'en', 'zh'], default: 'system', labelKey: 'settings.uiLanguage' }),
};

type Declarations = typeof settingDeclarations;
export type SettingKey = keyof Declarations;
export const settingKeys = Object.keys(settingDeclarations) as SettingKey[];

const shape = Object.fromEntries(settingKeys.map((key) => [key, settingDeclarations[key].schema])) as {
  [K in SettingKey]: Declarations[K]['schema'];
};

export const SettingsSchema = z.object(shape).strict();
export type Settings = z.infer<typeof SettingsSchema>;

/** What `setSettings` takes: any subset of the settings. */
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const defaultSettings = Object.fromEntries(
  settingKeys.map((key) => [key, settingDeclarations[key].default]),
) as Settings;

/**
 * Reads settings from an untrusted source (a file, a cache): known keys that are valid are
 * kept, anything else falls back to its default. Returns null when the value is not an object.
 */
export function settingsFrom(raw: unknown): Settings | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of settingKeys) {
    const parsed = settingDeclarations[key].schema.safeParse(record[key]);
    out[key] = parsed.success ? parsed.data : settingDeclarations[key].default;
  }
  return out as Settings;
}
