import type { TFunction } from 'i18next';
import { createContext, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cachedTranslate } from './cached-translate';

export const TranslateContext = createContext<TFunction | null>(null);

/**
 * One subscription to the UI language for the whole app, handing every component the same
 * remembering `t` (renewed when the language changes), instead of one i18next subscription
 * and fresh lookups per hit row and passage.
 */
export function TranslateProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language must give a new memo even if i18next kept `t`
  const cached = useMemo(() => cachedTranslate(t), [t, language]);
  return <TranslateContext value={cached}>{children}</TranslateContext>;
}
