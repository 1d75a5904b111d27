import type { Settings } from '../../../shared/settings';
import { preferredUiLanguage } from '../i18n/i18n';
import type { UiLanguage } from '../i18n/strings-type';

export type ResolvedTheme = 'light' | 'dark';

export interface Environment {
  /** `prefers-color-scheme: dark` */
  prefersDark: boolean;
  /** navigator.languages */
  languages: readonly string[];
}

export function resolveTheme(theme: Settings['theme'], env: Environment): ResolvedTheme {
  if (theme === 'system') return env.prefersDark ? 'dark' : 'light';
  return theme;
}

export function resolveUiLanguage(language: Settings['uiLanguage'], env: Environment): UiLanguage {
  return language === 'system' ? preferredUiLanguage(env.languages) : language;
}

/** The BCP 47 tag put on <html lang> for a UI language. */
export const htmlLang: Record<UiLanguage, string> = { en: 'en', zh: 'zh-CN' };

/**
 * Puts the settings on <html>: `data-theme` (light/dark, resolved), `lang`, the
 * `--font-scale` variable and `color-scheme` (so form controls and scrollbars follow).
 */
export function applyToRoot(
  root: HTMLElement,
  settings: Settings,
  env: Environment,
): { theme: ResolvedTheme; language: UiLanguage } {
  const theme = resolveTheme(settings.theme, env);
  const language = resolveUiLanguage(settings.uiLanguage, env);
  root.dataset.theme = theme;
  root.lang = htmlLang[language];
  root.style.setProperty('--font-scale', String(settings.fontScale));
  root.style.colorScheme = theme;
  return { theme, language };
}

export const darkQuery = '(prefers-color-scheme: dark)';

/** The browser's environment now. */
export function currentEnvironment(): Environment {
  return {
    prefersDark: typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches,
    languages: navigator.languages ?? [navigator.language],
  };
}
