import type { TFunction } from 'i18next';
import { useContext } from 'react';
import { getI18n } from 'react-i18next';
import { TranslateContext } from './TranslateProvider';

/** Without an initialised i18next (a component rendered on its own), the key itself. */
const keyItself = ((key: string) => key) as unknown as TFunction;

/**
 * The UI's words: `const t = useT(); t('common.close')`, with `{ count }` for plurals.
 * Document text never goes through here; it keeps its own language. The app's TranslateProvider
 * (main.tsx) supplies a remembering `t`; a component rendered outside it uses i18next's own.
 */
export function useT(): TFunction {
  return useContext(TranslateContext) ?? getI18n()?.t ?? keyItself;
}
