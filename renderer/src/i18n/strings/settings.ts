import type { Strings } from '../strings-type';

/** Labels for shared/settings.ts: `<labelKey>` and `<labelKey>.<choice>`. */
export const settings: Strings = {
  en: {
    'settings.fontScale': 'Text size',
    'settings.fontScale.value': '{{percent}}%',
    'settings.theme': 'Theme',
    'settings.theme.system': 'Follow the system',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.uiLanguage': 'Language',
    'settings.uiLanguage.system': 'Follow the system',
    'settings.uiLanguage.en': 'English',
    'settings.uiLanguage.zh': '中文',
  },
  zh: {
    'settings.fontScale': '文字大小',
    'settings.fontScale.value': '{{percent}}%',
    'settings.theme': '主题',
    'settings.theme.system': '跟随系统',
    'settings.theme.light': '浅色',
    'settings.theme.dark': '深色',
    'settings.uiLanguage': '界面语言',
    'settings.uiLanguage.system': '跟随系统',
    'settings.uiLanguage.en': 'English',
    'settings.uiLanguage.zh': '中文',
  },
};
