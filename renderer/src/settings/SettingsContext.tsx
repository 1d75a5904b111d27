import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { useApi, useEventListener } from '../api/ApiContext';
import { applyToRoot, currentEnvironment, darkQuery, type ResolvedTheme } from './apply';
import { cacheSettings } from './cache';

export interface SettingsState {
  settings: Settings;
  /** The theme in effect ('system' resolved). */
  theme: ResolvedTheme;
  update: (patch: SettingsPatch) => void;
}

const SettingsContext = createContext<SettingsState | null>(null);

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings() outside <SettingsProvider>');
  return state;
}

/**
 * Holds the settings: starts from the cached copy main.tsx already applied, reconciles with
 * the library's, follows `settingsChanged` (another window, another tab) and the OS theme.
 */
export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const [theme, setTheme] = useState<ResolvedTheme>(
    () => applyToRoot(document.documentElement, initial, currentEnvironment()).theme,
  );

  const adopt = useCallback(
    (next: Settings) => {
      setSettings(next);
      cacheSettings(window.localStorage, next);
      const applied = applyToRoot(document.documentElement, next, currentEnvironment());
      setTheme(applied.theme);
      if (i18n.language !== applied.language) void i18n.changeLanguage(applied.language);
    },
    [i18n],
  );

  useEffect(() => {
    let current = true;
    api.getSettings({}).then(
      (stored) => {
        if (current) adopt(stored);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, adopt]);

  useEventListener((event) => {
    if (event.name === 'settingsChanged') adopt(event.payload);
  });

  useEffect(() => {
    if (settings.theme !== 'system' || typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(darkQuery);
    const onChange = () => setTheme(applyToRoot(document.documentElement, settings, currentEnvironment()).theme);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [settings]);

  const update = useCallback(
    (patch: SettingsPatch) => {
      // Applied at once; the library's reply (and its event) confirm it.
      adopt({ ...settings, ...patch });
      api.setSettings({ patch }).then(adopt, () => undefined);
    },
    [api, adopt, settings],
  );

  const value = useMemo(() => ({ settings, theme, update }), [settings, theme, update]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
