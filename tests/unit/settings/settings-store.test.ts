import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openSettingsStore, settingsFileName } from '../../../electron/core/settings/settings-store';
import { defaultSettings, SettingsSchema, settingDeclarations, settingKeys } from '../../../shared/settings';
import { tempDirsCleanedAfterEachTest } from '../../support/temp-dir';

const tempDir = tempDirsCleanedAfterEachTest();

describe('the settings declaration', () => {
  test('declares font scale, theme and UI language', () => {
    expect(settingKeys).toEqual(['fontScale', 'theme', 'uiLanguage']);
  });
  test('defaults: normal size, follow the system theme, follow the OS language', () => {
    expect(defaultSettings).toEqual({ fontScale: 1, theme: 'system', uiLanguage: 'system' });
  });
  test('every default passes its own schema', () => {
    expect(SettingsSchema.safeParse(defaultSettings).success).toBe(true);
  });
  test('the font scale is refused outside its declared range', () => {
    const { min, max } = settingDeclarations.fontScale;
    expect([min - 0.01, min, max, max + 0.01].map((v) => SettingsSchema.shape.fontScale.safeParse(v).success)).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('the settings file', () => {
  test('a new data folder has the defaults and no file yet', () => {
    const dir = tempDir();
    expect([openSettingsStore(dir).get(), existsSync(path.join(dir, settingsFileName))]).toEqual([
      defaultSettings,
      false,
    ]);
  });
  test('a change is written and read back by the next start', () => {
    const dir = tempDir();
    openSettingsStore(dir).set({ theme: 'dark', fontScale: 1.2 });
    expect(openSettingsStore(dir).get()).toEqual({ fontScale: 1.2, theme: 'dark', uiLanguage: 'system' });
  });
  test('no temporary file is left after a write', () => {
    const dir = tempDir();
    openSettingsStore(dir).set({ uiLanguage: 'zh' });
    expect(readdirSync(dir)).toEqual([settingsFileName]);
  });
  test('a file that is not JSON gives the defaults and is kept aside', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, settingsFileName), '{"theme": "dark"');
    const settings = openSettingsStore(dir).get();
    const aside = readdirSync(dir).filter((name) => name.startsWith(`${settingsFileName}.corrupt-`));
    expect([settings, aside.length, readFileSync(path.join(dir, aside[0]!), 'utf8')]).toEqual([
      defaultSettings,
      1,
      '{"theme": "dark"',
    ]);
  });
  test('a file holding an array gives the defaults and is kept aside', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, settingsFileName), '[1, 2]');
    expect([openSettingsStore(dir).get(), existsSync(path.join(dir, settingsFileName))]).toEqual([
      defaultSettings,
      false,
    ]);
  });
  test('one invalid value falls back to its default; the valid ones are kept', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, settingsFileName), JSON.stringify({ theme: 'purple', fontScale: 1.4, extra: 1 }));
    expect(openSettingsStore(dir).get()).toEqual({ fontScale: 1.4, theme: 'system', uiLanguage: 'system' });
  });
});
