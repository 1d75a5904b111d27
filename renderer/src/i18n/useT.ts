import { useTranslation } from 'react-i18next';

/**
 * The UI's words: `const t = useT(); t('common.close')`, with `{ count }` for plurals.
 * Document text never goes through here; it keeps its own language.
 */
export function useT() {
  return useTranslation().t;
}
