import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalog } from './catalog';
import { type UiLanguage, uiLanguages } from './strings-type';

/** The UI language the OS (browser) prefers, when it is one Folio ships; English otherwise. */
export function preferredUiLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = uiLanguages.find((lang) => lang === base);
    if (found) return found;
  }
  return 'en';
}

/** Initialises i18next synchronously (resources are bundled) so the first paint is already translated. */
export function initI18n(lang: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { translation: catalog.en }, zh: { translation: catalog.zh } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
