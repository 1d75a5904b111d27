/** The UI languages Folio ships. */
export const uiLanguages = ['en', 'zh'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/**
 * One area's words in every UI language. Keys are prefixed by the area (`reader.toc`), so
 * merging areas can never collide silently; plural forms use i18next suffixes (`_one`, `_other`).
 */
export type Strings = Record<UiLanguage, Record<string, string>>;
